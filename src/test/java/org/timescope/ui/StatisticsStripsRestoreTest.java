package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timescope.timeline.layout.SeriesStrip;

/**
 * The statistics strips chosen for a collection are back when the window opens that collection again (as at the
 * next start), except series the collection no longer has.
 */
@ExtendWith(ApplicationExtension.class)
class StatisticsStripsRestoreTest {

    @TempDir
    static Path home;
    private Stage stage;
    private Scene scene;
    private Appearance appearance;
    private CollectionWindow collections;
    private Path config;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createDirectories(home.resolve("strips-" + System.nanoTime()));
        config = dir.resolve("config");
        file = dir.resolve("strips.db");
        appearance = new Appearance();
        scene = new Scene(new LoadingPane("Opening …"), 1400, 900);
        appearance.style(scene);
        stage.setScene(scene);
        stage.show();
        collections = open();
    }

    /** A window on the collection file with the window state and recent list of this run's config folder. */
    private CollectionWindow open() {
        CollectionWindow c = new CollectionWindow(stage, scene, appearance, new WindowStateFile(config.resolve("window.json")),
                new RecentCollections(config.resolve("recent.json")), new FileChoice() {
                    @Override
                    public java.util.Optional<Path> collectionToOpen(javafx.stage.Window owner) {
                        return java.util.Optional.empty();
                    }

                    @Override
                    public java.util.Optional<Path> collectionToCreate(javafx.stage.Window owner) {
                        return java.util.Optional.empty();
                    }
                }, home.toString());
        c.start(file, false, List.of());
        return c;
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> collections.close()).get(10, TimeUnit.SECONDS);
    }

    private MainWindow awaitWindow() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> scene.getRoot() instanceof MainWindow);
        WaitForAsyncUtils.waitForFxEvents();
        return (MainWindow) scene.getRoot();
    }

    /** The series of the sample collection, read from the dataset file without Timescope's code. */
    private static List<String> datasetSeries() throws Exception {
        TreeSet<String> names = new TreeSet<>();
        new ObjectMapper().readTree(Path.of("assets/dataset.json").toFile()).get("indicators")
                .forEach(i -> names.add(i.get("series").asText()));
        return List.copyOf(names);
    }

    @Test
    void chosenStripsComeBackAfterARestartWithoutSeriesTheCollectionLacks(FxRobot robot) throws Exception {
        List<String> series = datasetSeries();
        assertThat(series).hasSizeGreaterThan(1);
        String chosen = series.get(series.size() - 1);
        MainWindow first = awaitWindow();
        assertThat(first.statistics().chosen()).isEmpty();
        robot.interact(() -> first.statistics().chosen().setAll(chosen));

        WaitForAsyncUtils.asyncFx(() -> collections.close()).get(10, TimeUnit.SECONDS);
        // a series the collection does not have, as if it had been deleted since the file was saved
        ObjectMapper json = new ObjectMapper();
        JsonNode saved = json.readTree(config.resolve("window.json").toFile());
        ArrayNode kept = (ArrayNode) saved.get("views").get(file.toString()).get("series");
        assertThat(kept).extracting(JsonNode::asText).containsExactly(chosen);
        kept.insert(0, "Series deleted since");
        json.writeValue(config.resolve("window.json").toFile(), saved);

        robot.interact(() -> scene.setRoot(new LoadingPane("Opening …")));
        collections = WaitForAsyncUtils.asyncFx(this::open).get(10, TimeUnit.SECONDS);
        MainWindow again = awaitWindow();
        assertThat(again).isNotSameAs(first);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !again.statistics().stripsProperty().get().isEmpty());
        assertThat(again.statistics().chosen()).containsExactly(chosen);
        assertThat(again.statistics().stripsProperty().get()).extracting(SeriesStrip::series).containsExactly(chosen);
    }
}
