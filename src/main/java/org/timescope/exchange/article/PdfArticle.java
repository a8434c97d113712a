package org.timescope.exchange.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.timescope.exchange.ExchangeException;

/**
 * A news article kept as PDF, read as text (PDFBox) so that it imports like an HTML or text one: its title
 * (the document's, else its first line) first, then its pages' text in reading order, paragraphs kept apart.
 */
public final class PdfArticle {

    /** A PDF with more pages than this is a report or a book, not an article. */
    static final int MAX_PAGES = 60;

    private PdfArticle() {
    }

    /** Whether the file begins as a PDF does ("%PDF-"). */
    public static boolean isPdf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            return head.length == 5 && new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-");
        } catch (IOException e) {
            return false;
        }
    }

    /** The article's text, with a first line "TITLE: …" when the document names its title. */
    public static String text(Path file) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (doc.getNumberOfPages() > MAX_PAGES) {
                throw new ExchangeException(file + ": read as a news article (PDF): " + doc.getNumberOfPages()
                        + " pages is more than the " + MAX_PAGES + " an article may have");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // a sentence runs on across the lines of a paragraph; paragraphs stay apart as in a text article
            stripper.setLineSeparator(" ");
            stripper.setParagraphEnd("\n\n");
            String body = stripper.getText(doc).replace("\r\n", "\n");
            if (body.isBlank()) {
                throw new ExchangeException(file + ": read as a news article (PDF): it holds no text (a scan? "
                        + "Timescope does not read text from images)");
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            String title = info == null ? null : info.getTitle();
            return title == null || title.isBlank() ? body : "TITLE: " + title.strip() + "\n\n" + body;
        } catch (InvalidPasswordException e) {
            throw new ExchangeException(file + ": read as a news article (PDF): it is protected by a password");
        } catch (IOException e) {
            throw new ExchangeException(file + ": read as a news article (PDF): it is damaged or not a PDF (" + e.getMessage()
                    + ")");
        } catch (StackOverflowError e) {
            // PDFBox parses nested arrays and dictionaries recursively: thousands of "[" exhaust the stack
            throw new ExchangeException(file + ": read as a news article (PDF): it is damaged or not a PDF (its objects "
                    + "are nested too deeply to read)");
        }
    }
}
