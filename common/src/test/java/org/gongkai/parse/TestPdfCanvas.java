package org.gongkai.parse;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lays out a test report on A4 pages with PDFBox, top to bottom: wrapped paragraphs, centred headings,
 * bordered table cells, and a footer "— n —" on every page. Coordinates given to callers run from the top
 * of the page down, as a reader sees them. The CJK font is Noto Sans SC from a Maven Central artifact
 * (com.helger.font:ph-fonts-noto-sans-sc, test scope), embedded as a subset the way word processors do.
 */
final class TestPdfCanvas implements AutoCloseable {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN = 36;
    static final float FOOTER_Y = HEIGHT - 40;
    /** Content stops here, above the footer. */
    static final float BOTTOM = HEIGHT - 64;

    private static final String FONT_RESOURCE = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static TrueTypeFont cjk;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final List<PDPageContentStream> pages = new ArrayList<>();
    private PDPageContentStream page;
    private float y;

    TestPdfCanvas() throws IOException {
        font = PDType0Font.load(document, cjkFont(), true);
        newPage();
    }

    /** Parsed once: the font file has about 10 MB. FontBox's notes about unsupported cmap formats are silenced. */
    private static synchronized TrueTypeFont cjkFont() throws IOException {
        if (cjk == null) {
            Logger.getLogger("org.apache.fontbox").setLevel(Level.SEVERE);
            try (InputStream in = TestPdfCanvas.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the test font " + FONT_RESOURCE + " is not on the class path"
                            + " (com.helger.font:ph-fonts-noto-sans-sc, test scope)");
                }
                cjk = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            }
        }
        return cjk;
    }

    float y() {
        return y;
    }

    void moveTo(float top) {
        y = top;
    }

    void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        pages.add(page);
        y = MARGIN + 20;
    }

    float textWidth(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws text with its baseline at {@code baseline} (from the top). */
    void text(String text, float x, float baseline, float size) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, HEIGHT - baseline);
        page.showText(text);
        page.endText();
    }

    void rectangle(float left, float top, float width, float height) throws IOException {
        page.setLineWidth(0.5f);
        page.addRect(left, HEIGHT - top - height, width, height);
        page.stroke();
    }

    /** Splits text into lines no wider than {@code width}, character by character (Chinese has no spaces). */
    List<String> wrap(String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            String ch = new String(Character.toChars(text.codePointAt(i)));
            if (line.length() > 0 && textWidth(line + ch, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(ch);
            i += ch.length();
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A paragraph with a two-character first-line indent, wrapped to the text width. */
    void paragraph(String text, float size) throws IOException {
        float lineHeight = size * 1.8f;
        float width = WIDTH - 2 * MARGIN;
        List<String> lines = wrap("\u3000\u3000" + text, width, size);
        for (String line : lines) {
            if (y + lineHeight > BOTTOM) {
                newPage();
            }
            y += lineHeight;
            text(line.replace("\u3000", ""), MARGIN + (line.startsWith("\u3000") ? 2 * size : 0), y, size);
        }
    }

    void centred(String text, float size) throws IOException {
        y += size * 1.6f;
        text(text, (WIDTH - textWidth(text, size)) / 2, y, size);
    }

    byte[] save() throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            PDPageContentStream stream = pages.get(i);
            String footer = "— " + (i + 1) + " —";
            page = stream;
            text(footer, (WIDTH - textWidth(footer, 10)) / 2, FOOTER_Y, 10);
            stream.close();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    PDDocument document() {
        return document;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
