package org.timescope.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timescope.render.PaintStyle;
import org.timescope.service.Workspace;
import org.timescope.timeline.layout.EventIndex;

/**
 * The picture a window shows while its collection is read (decision 0049). It must be drawable before JavaFX has a
 * theme: a control or a text node in it would make JavaFX load a stylesheet (its own, Modena, if none is set) and
 * the system's font before the start's first frame. And it must still tell the user how far the read has got.
 * Expected values: the bar's 320 px and the colours of {@link PaintStyle#LIGHT}.
 */
@ExtendWith(ApplicationExtension.class)
class LoadingPictureTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // the toolkit only: each test makes its own scene
    }

    private EventIndex dates() {
        try (Workspace w = Workspace.open(dir.resolve("small.db"), true)) {
            w.write(org.timescope.TestData.small());
            return EventIndex.of(w.events().timelineRows(), List.of(), w.events()::byKey);
        }
    }

    private static List<Node> tree(Node node) {
        List<Node> all = new ArrayList<>(List.of(node));
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> all.addAll(tree(c)));
        }
        return all;
    }

    @Test
    void holdsNoControlAndNoTextNode(FxRobot robot) {
        EventIndex dates = dates();
        List<Node> nodes = new ArrayList<>();
        robot.interact(() -> {
            LoadingPicture picture = new LoadingPicture("Opening study.db …", PaintStyle.LIGHT);
            picture.setDates(dates, List.of(), null);
            new Scene(picture, 800, 500);
            picture.layout();
            nodes.addAll(tree(picture));
        });
        assertThat(nodes).hasSizeGreaterThan(2)
                .noneMatch(n -> n instanceof javafx.scene.control.Control)
                .noneMatch(n -> n instanceof javafx.scene.text.Text);
    }

    private static WritableImage shot(FxRobot robot, LoadingPicture picture, double progress) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            Scene scene = new Scene(picture, 800, 500);
            picture.setProgress(progress);
            picture.layout();
            image[0] = scene.snapshot(null);
        });
        return image[0];
    }

    /** The pixels of one row of the image that have exactly this colour. */
    private static int count(WritableImage image, int y, Color colour) {
        PixelReader px = image.getPixelReader();
        int n = 0;
        for (int x = 0; x < (int) image.getWidth(); x++) {
            if (px.getArgb(x, y) == argb(colour)) {
                n++;
            }
        }
        return n;
    }

    private static int argb(Color c) {
        return 0xFF << 24 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    @Test
    void theBarFillsWithTheShareRead(FxRobot robot) {
        Color accent = Color.web("#0969da");
        // the status is 60 px high, centred in the 500 px window; the bar is 6 px high, 36 px from its top
        int barMiddle = (500 - 60) / 2 + 36 + 3;
        WritableImage half = shot(robot, new LoadingPicture("Opening study.db …", PaintStyle.LIGHT), 0.5);
        assertThat(count(half, barMiddle, accent)).as("half of a 320 px bar").isBetween(156, 161);
        WritableImage most = shot(robot, new LoadingPicture("Opening study.db …", PaintStyle.LIGHT), 0.9);
        assertThat(count(most, barMiddle, accent)).as("nine tenths of a 320 px bar").isBetween(284, 289);
        WritableImage unknown = shot(robot, new LoadingPicture("Opening study.db …", PaintStyle.LIGHT), -1);
        assertThat(count(unknown, barMiddle, accent)).as("no share while it is not known").isZero();
    }

    @Test
    void theDatesAreDrawnAboveTheStatusStrip(FxRobot robot) {
        EventIndex dates = dates();
        LoadingPicture picture = new LoadingPicture("Reading titles …", PaintStyle.LIGHT);
        robot.interact(() -> picture.setDates(dates, List.of(), null));
        WritableImage image = shot(robot, picture, 0.4);
        // the strip: the header background under the dates, with the bar's filled part at its right
        int stripMiddle = 500 - 20;
        assertThat(image.getPixelReader().getArgb(4, stripMiddle)).isEqualTo(argb(Color.web("#eef1f4")));
        assertThat(count(image, stripMiddle, Color.web("#0969da"))).as("two fifths of a 240 px bar").isBetween(92, 97);
        // above it, the timeline's picture: its axis and the events' markers leave far more than a blank page
        PixelReader px = image.getPixelReader();
        int drawn = 0;
        for (int y = 0; y < 460; y++) {
            for (int x = 0; x < 800; x++) {
                if (px.getArgb(x, y) != argb(Color.WHITE)) {
                    drawn++;
                }
            }
        }
        assertThat(drawn).as("pixels of the dates' picture").isGreaterThan(2_000);
    }
}
