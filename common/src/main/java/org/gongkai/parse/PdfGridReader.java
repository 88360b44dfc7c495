package org.gongkai.parse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a PDF's text layer into rows, page after page, so that a table cut by a page break simply goes on:
 * table rows rebuilt from the drawn borders ({@link PdfPageGrid}), running text as one-cell paragraph rows,
 * page numbers dropped. A PDF that cannot be read becomes a {@link ParseFailure}, never a PDFBox exception.
 */
final class PdfGridReader {

    private PdfGridReader() {
    }

    static List<GridRow> rows(byte[] pdf) throws ParseFailure {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return rows(document);
        } catch (InvalidPasswordException e) {
            throw new ParseFailure(ParseFailure.Reason.PDF_ENCRYPTED,
                    "the PDF is encrypted with a password needed to open it");
        } catch (IOException | RuntimeException e) {
            throw new ParseFailure(ParseFailure.Reason.PDF_UNREADABLE, "the PDF cannot be read: " + e);
        }
    }

    private static List<GridRow> rows(PDDocument document) throws IOException, ParseFailure {
        List<List<PdfGlyph>> glyphs = PdfGlyphCollector.collect(document);
        if (glyphs.stream().allMatch(List::isEmpty)) {
            throw new ParseFailure(ParseFailure.Reason.PDF_NO_TEXT_LAYER, "the PDF's " + document.getNumberOfPages()
                    + " pages have no text layer (scanned images?): OCR is needed");
        }
        List<GridRow> rows = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            PDPage page = document.getPage(i);
            List<PdfRow> pageRows = PdfPageGrid.rows(glyphs.get(i), PdfRulingCollector.collect(page),
                    page.getCropBox().getHeight());
            for (PdfRow row : PdfParagraphs.join(PdfPageFurniture.drop(pageRows))) {
                rows.add(new GridRow(row.cells()));
            }
        }
        return rows;
    }
}
