package org.gongkai.parse;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the characters of every page with their positions, instead of writing text. PDFBox's stripper
 * still does the work that matters here: font decoding, page rotation, and dropping the overprinted copies
 * that some producers use to fake bold type.
 */
final class PdfGlyphCollector extends PDFTextStripper {

    private final Map<Integer, List<PdfGlyph>> pages = new HashMap<>();

    private PdfGlyphCollector() {
    }

    /** The glyphs of each page, page 1 first; a page without text has an empty list. */
    static List<List<PdfGlyph>> collect(PDDocument document) throws IOException {
        PdfGlyphCollector collector = new PdfGlyphCollector();
        collector.getText(document);
        List<List<PdfGlyph>> byPage = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            byPage.add(collector.pages.getOrDefault(page, List.of()));
        }
        return byPage;
    }

    @Override
    protected void writePage() {
        List<PdfGlyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition p : article) {
                String text = p.getUnicode();
                if (text == null || text.isBlank()) {
                    continue;
                }
                float size = p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : p.getHeightDir();
                // A character alone on its line (vertical text) can get a width reaching to the next one.
                float width = Math.min(p.getWidthDirAdj(), size);
                glyphs.add(new PdfGlyph(text, p.getXDirAdj(), p.getYDirAdj(), width, size));
            }
        }
        pages.put(getCurrentPageNo(), glyphs);
    }
}
