package org.timescope.bench;

import java.util.List;
import java.util.function.Supplier;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.LaneMode;

/**
 * Measures frames in a real window: the window ring provides it (found with {@link java.util.ServiceLoader},
 * so this ring does not depend on the toolkit). Steps are driven through the timeline control's own wheel
 * and drag handlers; a step ends when the frame it caused has been rendered.
 */
public interface WindowProbe {

    /** What the probe would render on, e.g. "X display :99", or null when there is no display. */
    String display();

    /**
     * Shows {@code index} in a window of {@code width}×{@code height}, then times {@code warmup + steps}
     * wheel and drag steps and one step per toggle (the supplier computes the filtered index, then the
     * control shows it). Times are nanoseconds from the event to the rendered frame.
     */
    Measured measure(EventIndex index, List<String> themes, int width, int height, int warmup, int steps,
                     List<Supplier<EventIndex>> toggles);

    /**
     * Shows {@code index} in a window of {@code width}×{@code height} with {@code lanes}, then times one step per
     * range — the visible days {@code [start, end)} set as a program would, in epoch days — and then one per
     * toggle, which shows the filtered index at the range reached (no fit). Each step is timed from the call to
     * its rendered frame; {@link Measured#firstFrame()} is the stage shown to its first rendered frame.
     */
    Measured ranges(EventIndex index, List<String> themes, LaneMode lanes, int width, int height,
                    List<double[]> ranges, List<Supplier<EventIndex>> toggles);

    /**
     * As {@link #ranges}, with the data arriving in a window already shown: the window is shown with an empty timeline
     * (untimed, as a browser page is loaded with its scripts before a web timeline is given its data), then {@code load} builds the index
     * and the control shows it fitted. {@link Measured#firstFrame()} is then that step, from the call of
     * {@code load} to its rendered frame: the peer harness's "first render", which starts with the data in memory.
     */
    Measured loaded(Supplier<EventIndex> load, List<String> themes, LaneMode lanes, int width, int height,
                    List<double[]> ranges, List<Supplier<EventIndex>> toggles);

    /** Frame and toggle times in nanoseconds, the first frame's, and how the frames were rendered. */
    record Measured(long[] frames, long[] toggles, long firstFrame, String pipeline) {
    }
}
