package org.timescope.ui;

/**
 * The application as a user starts it, with one thread more that never ends and is not a daemon, as AtlantaFX's
 * popover leaves one (a {@code java.util.Timer} per popover shown, until a garbage collection happens to take it).
 */
public final class LingeringThreadMain {
    private LingeringThreadMain() {
    }

    public static void main(String[] args) throws Exception {
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        Thread lingering = new Thread(() -> {
            try {
                never.await(); // waits as a java.util.Timer's thread does for a task that never comes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "Timer-0");
        lingering.setDaemon(false);
        lingering.start();
        org.timescope.Main.main(args);
    }
}
