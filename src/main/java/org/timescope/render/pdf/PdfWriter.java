package org.timescope.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.timescope.render.Surface;

/** A one-page PDF of {@code width × height} pixels (at 96 px per inch) painted by the given painter. */
public final class PdfWriter {
    private PdfWriter() {
    }

    public static void pdf(double width, double height, String title, Consumer<Surface> painter, OutputStream out)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle((float) (width * 0.75), (float) (height * 0.75)));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Timescope");
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                painter.accept(new PdfSurface(document, cs, height));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            document.save(out);
        }
    }
}
