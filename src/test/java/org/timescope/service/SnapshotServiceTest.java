package org.timescope.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.EventFilter;
import org.timescope.model.SavedView;
import org.timescope.render.PaintStyle;
import org.w3c.dom.Document;

/** Snapshots drawn with no display: size, scale, content and reproducibility of PNG, SVG and PDF. */
class SnapshotServiceTest {

    @TempDir
    static Path dir;
    static Workspace workspace;
    static SnapshotService service;

    @BeforeAll
    static void open() {
        workspace = Workspace.open(dir.resolve("s.db"), false);
        service = new SnapshotService(workspace);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static SnapshotRequest request(String lanes, double width, Double height, double scale) {
        return new SnapshotRequest(new SavedView("t", EventFilter.ALL, lanes, null, null,
                "19th-shanghai-international-ip-forum"), width, height, scale, "IP policy events", true, true, true);
    }

    private static byte[] bytes(SnapshotRequest r, SnapshotFormat f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.write(r, f, out);
        return out.toByteArray();
    }

    /**
     * The bundled dataset as the file says it, read as a plain JSON tree (not by Timescope's reader): what a
     * figure of it must show is taken from here, never from the layout that draws it.
     */
    private static JsonNode datasetFile() throws Exception {
        try (var in = SnapshotServiceTest.class.getResourceAsStream("/assets/dataset.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<String> titlesInFile() throws Exception {
        List<String> titles = new ArrayList<>();
        datasetFile().get("events").forEach(e -> titles.add(e.get("title").asText()));
        return titles;
    }

    /** How many events of the file carry each theme, in the file's theme order. */
    private static Map<String, Integer> eventsByThemeInFile() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        JsonNode file = datasetFile();
        file.get("themes").forEach(t -> counts.put(t.get("name").asText(), 0));
        file.get("events").forEach(e -> e.get("themes").forEach(t -> counts.merge(t.asText(), 1, Integer::sum)));
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    private static String titleInFile(String id) throws Exception {
        for (JsonNode e : datasetFile().get("events")) {
            if (e.get("id").asText().equals(id)) {
                return e.get("title").asText();
            }
        }
        throw new AssertionError("no event " + id + " in assets/dataset.json");
    }

    @Test
    void aPngHasTheRequestedSizeAndScaleAndIsNotBlank() throws Exception {
        BufferedImage one = ImageIO.read(new ByteArrayInputStream(bytes(request("THEME", 1200, 800.0, 1), SnapshotFormat.PNG)));
        assertThat(one.getWidth()).isEqualTo(1200);
        assertThat(one.getHeight()).isEqualTo(800);
        BufferedImage two = ImageIO.read(new ByteArrayInputStream(bytes(request("THEME", 1200, 800.0, 2), SnapshotFormat.PNG)));
        assertThat(two.getWidth()).isEqualTo(2400);
        assertThat(two.getHeight()).isEqualTo(1600);
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < one.getWidth(); x += 7) {
            for (int y = 0; y < one.getHeight(); y += 7) {
                colours.add(one.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours sampled").isGreaterThan(12);
    }

    @Test
    void theSameViewExportedTwiceIsByteIdentical() throws Exception {
        SnapshotRequest r = request("ORGANISATION", 1400, null, 1);
        assertThat(bytes(r, SnapshotFormat.PNG)).isEqualTo(bytes(r, SnapshotFormat.PNG));
        assertThat(bytes(r, SnapshotFormat.SVG)).isEqualTo(bytes(r, SnapshotFormat.SVG));
    }

    @Test
    void withoutAHeightTheFigureIsAsTallAsItsTimeline() {
        SnapshotService.Prepared p = service.prepare(request("ORGANISATION", 1600, null, 1));
        assertThat(p.height()).isGreaterThan(p.layout().contentHeight());
        assertThat(p.layout().lanes()).hasSizeGreaterThan(20);
    }

    @Test
    void anSvgIsXmlWithTheEventTitlesAsText() throws Exception {
        SnapshotRequest r = request("THEME", 2400, null, 1);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes(r, SnapshotFormat.SVG)));
        assertThat(svg.getDocumentElement().getNodeName()).isEqualTo("svg");
        List<String> texts = new ArrayList<>();
        org.w3c.dom.NodeList nodes = svg.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        List<String> titles = titlesInFile();
        Map<String, Integer> themes = eventsByThemeInFile();
        assertThat(titles).filteredOn(texts::contains).as("titles of the file drawn in full, as text")
                .hasSizeGreaterThanOrEqualTo(5);
        // every shortened label is the start of a real title or theme: nothing garbled, nothing made up
        assertThat(texts).filteredOn(t -> t.endsWith("…")).isNotEmpty().allSatisfy(t -> assertThat(
                java.util.stream.Stream.concat(titles.stream(), themes.keySet().stream()))
                .anyMatch(name -> name.startsWith(t.substring(0, t.length() - 1))));
        // a lane for each theme of the file, its header (name, maybe shortened, then a count) counting the file's events
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i + 1 < texts.size(); i++) {
            if (texts.get(i + 1).matches("\\d+ events?")) {
                headers.put(texts.get(i), texts.get(i + 1));
            }
        }
        assertThat(headers).hasSameSizeAs(themes);
        themes.forEach((theme, n) -> assertThat(headers.entrySet()).as(theme).anyMatch(h -> (h.getKey().equals(theme)
                || h.getKey().endsWith("…") && theme.startsWith(h.getKey().substring(0, h.getKey().length() - 1)))
                && h.getValue().equals(n + (n == 1 ? " event" : " events"))));
        assertThat(texts).contains("IP policy events", titles.size() + " of " + titles.size() + " events.");
    }

    @Test
    void aPdfOpensAndItsTextHasTheTitlesCaptionAndFootnote() throws Exception {
        SnapshotRequest r = request("THEME", 2400, null, 1);
        try (PDDocument pdf = Loader.loadPDF(bytes(r, SnapshotFormat.PDF))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(2400 * 0.75f);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(titlesInFile()).filteredOn(text::contains).as("titles of the file in the PDF's text")
                    .hasSizeGreaterThanOrEqualTo(5);
            assertThat(text).contains("Selected: " + titleInFile("19th-shanghai-international-ip-forum"))
                    .contains(eventsByThemeInFile().keySet().iterator().next());
        }
    }

    @Test
    void aPdfKeepsChineseAsTextAndMarksOnlyWhatNoBundledFaceHas() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        // Hangul is in neither bundled face (decision 0054): it is written as '?', the rest as itself
        org.timescope.render.pdf.PdfWriter.pdf(400, 200, "t", s -> s.text("上海 Shanghai 東京 서울", 10, 50,
                PaintStyle.LIGHT.foreground(), PaintStyle.LIGHT.label()), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf).strip()).isEqualTo("上海 Shanghai 東京 ??");
        }
    }

    @Test
    void anEmptyResultIsRefusedWithTheReason() {
        SnapshotRequest r = new SnapshotRequest(new SavedView("t", EventFilter.ALL.withText("zebra"), "NONE", null, null,
                null), 1000, null, 1, null, true, true, true);
        assertThatThrownBy(() -> service.prepare(r)).hasMessageContaining("no events match text “zebra”");
    }

    @Test
    void sizesOutsideTheLimitsAreRefused() {
        assertThatThrownBy(() -> request("NONE", 100, null, 1)).hasMessageContaining("width 100 is outside");
        assertThatThrownBy(() -> request("NONE", 1000, null, 20)).hasMessageContaining("scale 20.0 is outside");
    }

    @Test
    void aSavedWindowIsDrawnAsSaved() {
        SavedView v = new SavedView("w", EventFilter.ALL, "NONE", 18_600.0, 19_000.0, null);
        SnapshotService.Prepared p = service.prepare(new SnapshotRequest(v, 1000, null, 1, null, false, false, false));
        assertThat(p.layout().scale().startDay()).isEqualTo(18_600.0);
        assertThat(p.layout().scale().endDay()).isCloseTo(19_000.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(List.of(p.figure().caption(), p.figure().legend())).allMatch(List::isEmpty);
    }

    /** The bundled dataset quotes five articles (README, docs/dataset.md), two of them from one publisher. */
    @Test
    void theCaptionCountsArticlesNotPublishers() {
        SnapshotService.Prepared p = service.prepare(request("NONE", 1200, null, 1));
        assertThat(p.figure().caption()).anyMatch(line -> line.startsWith("Data: 5 sources."));
    }
}
