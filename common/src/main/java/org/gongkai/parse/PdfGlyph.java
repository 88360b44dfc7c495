package org.gongkai.parse;

/**
 * One printed character of a PDF's text layer, in page coordinates measured from the top-left corner of the
 * visible page: left edge, baseline, advance width and font size (all in points).
 */
record PdfGlyph(String text, float x, float baseline, float width, float size) {

    float right() {
        return x + width;
    }

    float center() {
        return x + width / 2;
    }
}
