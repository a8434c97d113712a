package org.timescope.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.EventFilter;
import org.timescope.model.SavedView;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Issue 13: a figure of the bundled dataset in lanes by theme hid 8 of its 23 events in "+N" badges. A figure
 * now shows every event, or (at a height the user fixes) says in its caption which ones it counts.
 */
class SnapshotHidesNothingTest {

    @TempDir
    static Path dir;
    static Workspace workspace;

    @BeforeAll
    static void open() {
        workspace = Workspace.open(dir.resolve("s.db"), false);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    /** The titles as the dataset file has them, read without any of Timescope's code. */
    private static List<String> datasetTitles() throws Exception {
        JsonNode root = new ObjectMapper().readTree(SnapshotHidesNothingTest.class.getResourceAsStream("/assets/dataset.json"));
        List<String> titles = new ArrayList<>();
        root.get("events").forEach(e -> titles.add(e.get("title").asText()));
        return titles;
    }

    private static SnapshotRequest byTheme(Double height) {
        return new SnapshotRequest(new SavedView("t", EventFilter.ALL, "THEME", null, null, null), 1600, height, 1, null,
                true, true, false);
    }

    private static List<String> svgTexts(SnapshotRequest r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SnapshotService(workspace).write(r, SnapshotFormat.SVG, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        NodeList nodes = svg.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** Drawn as a label: the title itself, or its first words shortened with "…" where the next item starts. */
    private static boolean labelled(String title, List<String> texts) {
        return texts.stream().anyMatch(t -> t.equals(title)
                || t.endsWith("…") && t.length() > 12 && title.startsWith(t.substring(0, t.length() - 1).strip()));
    }

    @Test
    void aFigureByThemeDrawsAllTwentyThreeTitlesAndNoCountedBadge() throws Exception {
        List<String> titles = datasetTitles();
        assertThat(titles).hasSize(23);
        List<String> texts = svgTexts(byTheme(null));
        assertThat(titles).allMatch(t -> labelled(t, texts), "drawn as a label");
        assertThat(texts).noneMatch(t -> t.matches("\\+\\d+"));
        assertThat(String.join(" ", texts)).doesNotContain("counted in +N clusters");
    }

    @Test
    void atAFixedHeightTheCaptionNamesEveryEventItDoesNotDraw() throws Exception {
        // 1150 px hold the thirteen lanes, but not every row of them
        SnapshotService.Prepared p = new SnapshotService(workspace).prepare(byTheme(1150.0));
        assertThat(p.height()).isEqualTo(1150);
        List<String> texts = svgTexts(byTheme(1150.0));
        assertThat(texts).anyMatch(t -> t.matches("\\+\\d+"));
        String caption = String.join(" ", p.figure().caption());
        assertThat(caption).contains("counted in +N clusters").doesNotContain("cut off");
        for (String title : datasetTitles()) {
            assertThat(labelled(title, texts) || caption.contains(title)).as(title).isTrue();
        }
    }

    @Test
    void aHeightTooSmallForTheLanesNamesTheLanesItCutsOff() {
        SnapshotService.Prepared p = new SnapshotService(workspace).prepare(byTheme(420.0));
        assertThat(String.join(" ", p.figure().caption())).contains("Lanes cut off by the figure's height")
                .contains("Institutions and services");
    }
}
