package org.timescope.ui.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.timescope.bench.WindowProbe;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.LaneMode;
import org.timescope.ui.timeline.TimelineView;

/**
 * Times the timeline control in a real JavaFX window. Each step is fired at the start of a pulse (from an
 * {@link AnimationTimer}), as a {@link ScrollEvent} or {@link MouseEvent} on the control's canvas, so it
 * goes through the same handlers as the wheel and a drag; it ends when JavaFX reports the frame rendered
 * (the scene's performance tracker, called by the render thread once the frame is drawn and presented).
 * The time therefore covers the handler, CSS, layout, painting the canvas and rendering the scene's pixels;
 * it leaves out the wait for the next 60 Hz pulse, up to 16.7 ms, that a real wheel event adds.
 */
public final class JavaFxWindowProbe implements WindowProbe {

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final long STEP_TIMEOUT_NANOS = 10_000_000_000L;

    @Override
    public String display() {
        String display = System.getenv("DISPLAY");
        return display == null || display.isBlank() ? null : "X display " + display;
    }

    @Override
    public Measured measure(EventIndex index, List<String> themes, int width, int height, int warmup, int steps,
                            List<Supplier<EventIndex>> toggles) {
        return run(index, null, themes, LaneMode.NONE, width, height, warmup, steps, toggles.size(), (session, i) -> {
            if (i >= steps) {
                session.view.setIndex(toggles.get(i - steps).get());
                session.view.zoomToFit();
                return;
            }
            int phase = Math.floorMod(i, 60);
            if (phase < 20) {
                session.scroll(200 + Math.floorMod(i * 37, 1200), 40);
            } else if (phase < 40) {
                session.drag(phase - 20, i);
            } else {
                session.scroll(200 + Math.floorMod(i * 53, 1200), -40);
            }
        });
    }

    @Override
    public Measured ranges(EventIndex index, List<String> themes, LaneMode lanes, int width, int height,
                           List<double[]> ranges, List<Supplier<EventIndex>> toggles) {
        return run(index, null, themes, lanes, width, height, 0, ranges.size(), toggles.size(), rangeSteps(ranges, toggles));
    }

    @Override
    public Measured loaded(Supplier<EventIndex> load, List<String> themes, LaneMode lanes, int width, int height,
                           List<double[]> ranges, List<Supplier<EventIndex>> toggles) {
        return run(EventIndex.empty(), load, themes, lanes, width, height, 0, ranges.size(), toggles.size(),
                rangeSteps(ranges, toggles));
    }

    private static Action rangeSteps(List<double[]> ranges, List<Supplier<EventIndex>> toggles) {
        return (session, i) -> {
            if (i < ranges.size()) {
                session.view.showRange(ranges.get(i)[0], ranges.get(i)[1]);
            } else {
                session.view.setIndex(toggles.get(i - ranges.size()).get());
            }
        };
    }

    /** What step {@code i} does (warm-up steps are negative). */
    private interface Action {
        void fire(Session session, int i);
    }

    private Measured run(EventIndex index, Supplier<EventIndex> load, List<String> themes, LaneMode lanes, int width,
                         int height, int warmup, int steps, int toggles, Action action) {
        if (STARTED.compareAndSet(false, true)) {
            CompletableFuture<Void> up = new CompletableFuture<>();
            try {
                Platform.startup(() -> up.complete(null));
            } catch (IllegalStateException alreadyRunning) {
                up.complete(null); // the window or a test started the toolkit: use it
            }
            Platform.setImplicitExit(false);
            await(up, 60);
        }
        CompletableFuture<Measured> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                new Session(index, load, themes, lanes, width, height, warmup, steps, toggles, action, done).open();
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return await(done, 1800);
    }

    private static <T> T await(CompletableFuture<T> future, int seconds) {
        try {
            return future.get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring the window", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the window measurement failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the window measurement did not finish in " + seconds + " s", e);
        }
    }

    /** One measurement: a stage, the steps, and the state shared with the render thread. */
    private static final class Session extends AnimationTimer {
        private static final int FIRST_FRAME = 0;
        private static final int READY = 1;
        private static final int WAITING = 2;
        private static final int RENDERED = 3;
        /** The pending step that puts the loaded data in the shown window. */
        private static final int LOAD = Integer.MIN_VALUE + 1;

        private final Stage stage = new Stage();
        final TimelineView view = new TimelineView();
        private final Scene scene;
        private final int warmup;
        private final long[] frames;
        private final long[] toggleTimes;
        private final Action action;
        private final CompletableFuture<Measured> done;
        private long firstFrame;
        private final AtomicInteger state = new AtomicInteger(FIRST_FRAME);
        private volatile long firedAt;
        private volatile long elapsed;
        private PerformanceTracker tracker;
        private Canvas canvas;
        private Supplier<EventIndex> load;
        private int step;
        private int pending = Integer.MIN_VALUE;
        private double dragX;
        private boolean pressed;

        Session(EventIndex index, Supplier<EventIndex> load, List<String> themes, LaneMode lanes, int width,
                int height, int warmup, int steps, int toggles, Action action, CompletableFuture<Measured> done) {
            this.warmup = warmup;
            this.frames = new long[steps];
            this.action = action;
            this.toggleTimes = new long[toggles];
            this.done = done;
            view.themeOrderProperty().set(themes);
            view.setLaneMode(lanes);
            view.setIndex(index);
            this.load = load;
            // with data to load, the window is shown with the empty timeline first (the page loaded, in the peer's terms)
            scene = new Scene(new StackPane(view), width, height);
            stage.setTitle("Timescope bench");
            stage.setScene(scene);
        }

        void open() {
            tracker = PerformanceTracker.getSceneTracker(scene);
            tracker.setOnRenderedFrameTask(this::rendered);
            step = -warmup;
            firedAt = System.nanoTime();
            stage.show();
            start();
        }

        /** Render thread: the frame of the pending step is on screen. */
        private void rendered() {
            if (state.get() == WAITING || state.get() == FIRST_FRAME) {
                elapsed = System.nanoTime() - firedAt;
                state.set(RENDERED);
            }
        }

        @Override
        public void handle(long now) {
            switch (state.get()) {
                case RENDERED -> record();
                case READY -> fire();
                case WAITING -> {
                    if (System.nanoTime() - firedAt > STEP_TIMEOUT_NANOS) {
                        finish(new IllegalStateException("no frame was rendered within 10 s of step " + step));
                    }
                }
                default -> {
                    if (System.nanoTime() - firedAt > 6 * STEP_TIMEOUT_NANOS) {
                        finish(new IllegalStateException("the window never rendered a first frame"));
                    }
                }
            }
        }

        /** Stores the last step's time; the next step waits for the next pulse, so no render is in flight. */
        private void record() {
            if (pending == Integer.MIN_VALUE || pending == LOAD) {
                firstFrame = elapsed; // with data to load, the empty window's frame is overwritten by the loaded one
            } else if (pending >= frames.length) {
                toggleTimes[pending - frames.length] = elapsed;
            } else if (pending >= 0) {
                frames[pending] = elapsed;
            }
            if (step >= frames.length + toggleTimes.length) {
                finish(null);
            } else {
                state.set(READY);
            }
        }

        /** Fires step {@code step}: warm-up steps are negative, then the frames, then the toggles. */
        private void fire() {
            state.set(WAITING);
            firedAt = System.nanoTime();
            if (load != null) {
                pending = LOAD;
                view.setIndex(load.get());
                load = null;
                view.zoomToFit();
                return;
            }
            pending = step++;
            action.fire(this, pending);
        }

        void scroll(double x, double deltaY) {
            double y = scene.getHeight() / 2;
            Event.fireEvent(canvas(), new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, false, false, false, false,
                    false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        }

        /** Step k of 20 of one drag: press first, move 60 px one way or 45 the other, release last. */
        void drag(int k, int i) {
            if (k == 0 || !pressed) {
                dragX = scene.getWidth() / 2;
                mouse(MouseEvent.MOUSE_PRESSED, dragX);
                pressed = true;
            }
            dragX += i % 2 == 0 ? -60 : 45;
            mouse(MouseEvent.MOUSE_DRAGGED, dragX);
            if (k == 19) {
                mouse(MouseEvent.MOUSE_RELEASED, dragX);
                pressed = false;
            }
        }

        private void mouse(javafx.event.EventType<MouseEvent> type, double x) {
            double y = scene.getHeight() / 2;
            Event.fireEvent(canvas(), new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false,
                    false, type != MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null));
        }

        private Canvas canvas() {
            if (canvas == null) {
                canvas = view.getChildrenUnmodifiable().stream().filter(Canvas.class::isInstance).map(Canvas.class::cast)
                        .findFirst().orElseThrow(() -> new IllegalStateException("the timeline has no canvas"));
            }
            return canvas;
        }

        private void finish(RuntimeException failure) {
            stop();
            tracker.setOnRenderedFrameTask(null);
            PerformanceTracker.releaseSceneTracker(scene);
            stage.hide();
            if (failure != null) {
                done.completeExceptionally(failure);
            } else {
                done.complete(new Measured(frames, toggleTimes, firstFrame, pipeline()));
            }
        }

        private static String pipeline() {
            String name = com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName();
            return switch (name) {
                case "SWPipeline" -> "software pipeline (prism sw)";
                case "ES2Pipeline" -> "OpenGL pipeline (prism es2)";
                default -> name;
            };
        }
    }
}
