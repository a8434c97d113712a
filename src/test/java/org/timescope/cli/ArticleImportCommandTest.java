package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * News articles from the command line: a dry run shows a candidate whose year the text leaves open as
 * ISO 8601's month-day ("--12-04") and stores nothing; an off-topic article gives no candidates; a PDF
 * article imports like a text one.
 */
class ArticleImportCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("t.db").toString();
    }

    @Test
    void aDryRunShowsADayWhoseYearIsOpenAndImportStoresNothingOfIt() throws Exception {
        Path article = dir.resolve("agreement.txt");
        Files.writeString(article, "On Wednesday 4 December, the Trademark Office and the Patent Agency signed a "
                + "revised agreement on geographical indications.\n");
        CliRun dry = CliRun.of("import", "--db", db(), "--empty", "--dry-run", "--format", "article", article.toString());
        assertThat(dry.code()).as(dry.err()).isZero();
        JsonNode e = new ObjectMapper().readTree(dry.out()).get("events").get(0);
        assertThat(e.get("start").asText()).isEqualTo("--12-04");
        assertThat(e.get("yearOpen").asBoolean()).isTrue();
        assertThat(e.get("dateNote").asText()).contains("'4 December' has no year");
        assertThat(e.get("organisations").toString()).contains("Trademark Office", "Patent Agency");
        CliRun stored = CliRun.of("import", "--db", db(), "--empty", article.toString());
        assertThat(stored.code()).isEqualTo(1);
        assertThat(stored.err()).contains("none with a date that can be known");
        assertThat(CliRun.of("stats", "--db", db()).out()).contains("Events         0");
    }

    @Test
    void anOffTopicArticleGivesNoCandidates() throws Exception {
        Path article = dir.resolve("metro.txt");
        Files.writeString(article, "Updated: 2019-09-30\n\nThe new metro line was opened on Sunday by the mayor.\n");
        CliRun dry = CliRun.of("import", "--db", db(), "--empty", "--dry-run", "--format", "article", article.toString());
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(new ObjectMapper().readTree(dry.out()).get("events")).isEmpty();
        assertThat(dry.err()).contains("does not read as news of the collection's field");
    }

    @Test
    void aPdfArticleImportsLikeATextOne() throws Exception {
        Path pdf = dir.resolve("news.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                s.setLeading(14);
                s.newLineAtOffset(50, 700);
                s.showText("Patent office opens mediation centre");
                s.newLine();
                s.newLine();
                s.showText("Updated: 2024-03-15");
                s.newLine();
                s.newLine();
                s.showText("The Riverside Patent Mediation Center was inaugurated on March 12 by the Riverside");
                s.newLine();
                s.showText("Intellectual Property Office to settle patent and trademark disputes.");
                s.endText();
            }
            doc.getDocumentInformation().setTitle("Patent office opens mediation centre");
            doc.save(pdf.toFile());
        }
        CliRun r = CliRun.of("import", "--db", db(), "--empty", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 event,");
        assertThat(CliRun.of("list", "--db", db()).out()).contains("12 March 2024");
    }
}
