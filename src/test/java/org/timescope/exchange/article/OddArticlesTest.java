package org.timescope.exchange.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.exchange.ExchangeException;
import org.timescope.model.PartialDate;

/**
 * Articles as they sometimes arrive: an empty page, only a dateline, a scanned PDF, a page run together into one
 * 200,000-character paragraph, text in another language. Each gives a sane result or one clear line.
 */
class OddArticlesTest {

    @TempDir
    Path dir;

    private static ArticleExtractor.Result read(String text, String name) {
        return ArticleExtractor.extract(text, name, Gazetteer.empty(), null);
    }

    @Test
    void anHtmlPageWithAnEmptyBodyProposesNothing() {
        ArticleExtractor.Result r = read("<html><head></head><body></body></html>", "empty.html");
        assertThat(r.candidates()).isEmpty();
        assertThat(r.offTopic()).isNotNull();
    }

    @Test
    void onlyADatelineGivesTheReferenceAndNothingElse() {
        ArticleExtractor.Result r = read("March 3, 2024\n", "dateline.txt");
        assertThat(r.candidates()).isEmpty();
        assertThat(r.reference().date()).isEqualTo(PartialDate.of(2024, 3, 3));
    }

    @Test
    void aParagraphOf200000CharactersWithoutAFullStopIsReadInPieces() {
        String clause = "on March 3 the Riverside Patent Office signed a memorandum on patents and ";
        String run = clause.repeat(200_000 / clause.length());
        String text = "Updated: 2024-05-01\n\n" + run + "\n";
        List<Sentences.Sentence> pieces = Sentences.split(text);
        assertThat(pieces).allMatch(s -> s.text().length() <= Sentences.MAX_SENTENCE);
        assertThat(pieces.stream().mapToInt(s -> s.text().length()).sum()).isGreaterThan(run.length() - pieces.size() - 1);
        assertThat(pieces).allMatch(s -> text.substring(s.start(), s.end()).equals(s.text())); // offsets stay true
        ArticleExtractor.Result r = read(text, "run-together.txt");
        assertThat(r.dataset().events()).anyMatch(e -> e.when().start().equals(PartialDate.of(2024, 3, 3))
                && e.organisationNames().contains("Riverside Patent Office"));
    }

    @Test
    void anArticleInAnotherLanguageSaysSo() {
        for (String text : List.of("Mis à jour : 2024-05-01\n\nLe 3 mars, l'Office des brevets de Riverside a signé un "
                + "protocole d'accord sur les marques avec l'Agence de design de Northfield.\n",
                "更新：2024-05-01\n\n3月3日，国家知识产权局与某机构签署了专利和商标合作谅解备忘录。\n")) {
            ArticleExtractor.Result r = read(text, "foreign.txt");
            assertThat(r.candidates()).isEmpty();
            assertThat(r.offTopic()).startsWith("the article does not read as English");
        }
    }

    @Test
    void aPdfWithoutATextLayerIsRefusedInOneLine() throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            d.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                cs.drawImage(LosslessFactory.createFromImage(d, image), 50, 500);
            }
            d.save(pdf.toFile());
        }
        assertThatThrownBy(() -> PdfArticle.text(pdf)).isInstanceOf(ExchangeException.class)
                .hasMessage(pdf + ": read as a news article (PDF): it holds no text (a scan? Timescope does not read "
                        + "text from images)");
        Path broken = dir.resolve("broken.pdf");
        Files.writeString(broken, "%PDF-1.4 nothing else");
        assertThatThrownBy(() -> PdfArticle.text(broken)).isInstanceOf(ExchangeException.class)
                .hasMessageStartingWith(broken + ": read as a news article (PDF): it is damaged or not a PDF (")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aPdfWithArraysNestedTwentyThousandDeepIsRefusedInOneLine() throws Exception {
        Path pdf = dir.resolve("nested.pdf");
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            d.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText("The forum was held on 3 May 2024.");
                cs.endText();
            }
            d.save(pdf.toFile());
        }
        // a damaged or hostile file: an array opened 20,000 times inside the first object
        String bytes = Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = bytes.indexOf(" obj") + 4;
        Files.writeString(pdf, bytes.substring(0, at) + "[".repeat(20_000) + "]".repeat(20_000) + bytes.substring(at),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] before = Files.readAllBytes(pdf);
        assertThatThrownBy(() -> PdfArticle.text(pdf)).isInstanceOf(ExchangeException.class)
                .hasMessageStartingWith(pdf + ": read as a news article (PDF): it is damaged or not a PDF (")
                .hasMessageNotContaining("\n");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
    }
}
