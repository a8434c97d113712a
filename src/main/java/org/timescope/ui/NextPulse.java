package org.timescope.ui;

import javafx.scene.Scene;

/** Once, after the layout of a scene's next pulse: the pulse whose frame shows what the scene holds now. */
final class NextPulse {

    private NextPulse() {
    }

    /**
     * Runs {@code then} on the FX thread once, right after the next pulse has laid {@code scene} out (before that
     * pulse's frame is drawn on the render thread). A layout outside a pulse, as {@code Stage.show} does to size its
     * window, does not count. Does not itself ask for a pulse.
     */
    static void afterLayout(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
