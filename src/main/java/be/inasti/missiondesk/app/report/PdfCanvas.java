package be.inasti.missiondesk.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A4 landscape pages written top to bottom: text, filled boxes and lines, with a new page when the cursor reaches
 * the bottom margin. Text is limited to what the standard PDF fonts can show (the French and German letters are
 * there; a narrow no-break space from number formats becomes a space).
 */
final class PdfCanvas implements AutoCloseable {
    static final float MARGIN = 40;
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument document;
    private PDPageContentStream content;
    private float y;

    PdfCanvas(PDDocument document) {
        this.document = document;
        newPage();
    }

    void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves down by {@code height}, starting a new page first when that would cross the bottom margin. */
    float advance(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
        y -= height;
        return y;
    }

    void text(String text, float x, float baseline, PDType1Font font, float size, Rgb color) {
        try {
            content.setNonStrokingColor(color.red(), color.green(), color.blue());
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(printable(text, font));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts a text to a width, with an ellipsis. */
    String fit(String text, PDType1Font font, float size, float width) {
        String t = printable(text, font);
        try {
            while (t.length() > 1 && font.getStringWidth(t) / 1000 * size > width) {
                t = t.substring(0, t.length() - 2) + "…";
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    void box(float x, float bottom, float width, float height, Rgb color) {
        try {
            content.setNonStrokingColor(color.red(), color.green(), color.blue());
            content.addRect(x, bottom, width, height);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, Rgb color, float width) {
        try {
            content.setStrokingColor(color.red(), color.green(), color.blue());
            content.setLineWidth(width);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String printable(String text, PDType1Font font) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String one = Character.toString(c);
            try {
                font.encode(one);
                out.append(one);
            } catch (IllegalArgumentException | IOException e) {
                out.append(Character.isSpaceChar(c) ? " " : "?");
            }
        });
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
