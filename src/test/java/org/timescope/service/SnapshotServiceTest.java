package org.timescope.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
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
import org.timescope.render.java2d.Java2DFonts;
import org.timescope.timeline.layout.TimelineLayout;
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

    /** Titles whose labels the layout draws in full: they must appear as text in vector output. */
    private static Set<String> fullyLabelledTitles(SnapshotService.Prepared p) {
        Set<String> titles = new HashSet<>();
        for (TimelineLayout.Item item : p.layout().items()) {
            String title = p.index().event(item.event()).title();
            if (item.labelWidth() >= Java2DFonts.width(title, PaintStyle.LIGHT.label()) + 4) {
                titles.add(title);
            }
        }
        return titles;
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
        SnapshotService.Prepared p = service.prepare(r);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes(r, SnapshotFormat.SVG)));
        assertThat(svg.getDocumentElement().getNodeName()).isEqualTo("svg");
        String text = svg.getDocumentElement().getTextContent();
        Set<String> titles = fullyLabelledTitles(p);
        assertThat(titles).hasSizeGreaterThanOrEqualTo(5);
        assertThat(titles).allMatch(text::contains);
        assertThat(text).contains("IP policy events").contains("23 of 23 events");
    }

    @Test
    void aPdfOpensAndItsTextHasTheTitlesCaptionAndFootnote() throws Exception {
        SnapshotRequest r = request("THEME", 2400, null, 1);
        SnapshotService.Prepared p = service.prepare(r);
        try (PDDocument pdf = Loader.loadPDF(bytes(r, SnapshotFormat.PDF))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(2400 * 0.75f);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String title : fullyLabelledTitles(p)) {
                assertThat(text).contains(title);
            }
            assertThat(text).contains("Selected: 19th Shanghai International Intellectual Property Forum opens")
                    .contains("Judicial protection");
        }
    }

    @Test
    void aPdfWithCharactersTheFontLacksIsStillWritten() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.timescope.render.pdf.PdfWriter.pdf(400, 200, "t", s -> s.text("上海 Shanghai", 10, 50,
                PaintStyle.LIGHT.foreground(), PaintStyle.LIGHT.label()), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("?? Shanghai");
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
