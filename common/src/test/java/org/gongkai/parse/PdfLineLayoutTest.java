package org.gongkai.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How lines of text without borders are cut into cells and put back into table rows. */
class PdfLineLayoutTest {

    private static final float SIZE = 10;

    @Test
    void digitsOfOneNumberStayTogetherAndTwoNumbersStayApart() {
        assertEquals(List.of("3081"), cells(line(100, 0, "3081")));
        assertEquals(List.of("12", "34"), cells(line(100, 0, "12", 3, "34")));
        assertEquals(List.of("自然人", "21"), cells(line(100, 0, "自然人", 12, "21")));
    }

    @Test
    void justifiedChineseTextStaysOneCell() {
        assertEquals(List.of("2023年全区受理"), cells(line(100, 0, "2023", 4, "年全区受理")));
    }

    /** 洪泽 2023, 部分公开 without its borders: the label wraps, and its values sit between its two lines. */
    @Test
    void aWrappedLabelAndTheValuesBesideItAreOneRow() {
        List<PdfTextLine> lines = List.of(
                line(559.0f, 104, "（二）部分公开（区分处理的，只计这一情形，不"),
                line(566.7f, 350, "4", 20, "0", 20, "0"),
                line(572.5f, 104, "计其他情形）"),
                line(593.7f, 181, "1.属于国家秘密", 110, "1", 20, "0", 20, "0"));
        List<PdfRow> rows = PdfLooseRows.rows(lines);
        rows = rows.stream().sorted((a, b) -> Float.compare(a.top(), b.top())).toList();
        assertEquals(List.of("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "4", "0", "0"), rows.get(0).cells());
        assertEquals(List.of("1.属于国家秘密", "1", "0", "0"), rows.get(1).cells());
        assertEquals(2, rows.size());
    }

    @Test
    void pageNumbersAreFurniture() {
        for (String footer : List.of("— 3 —", "-3-", "第 3 页", "第3页 共5页", "3/5", "3")) {
            assertTrue(PdfPageFurniture.isPageNumber(PdfRow.line(line(800, 280, footer), List.of(footer))), footer);
        }
        assertFalse(PdfPageFurniture.isPageNumber(PdfRow.line(line(800, 74, "2023年"), List.of("2023年"))));
    }

    private static List<String> cells(PdfTextLine line) {
        return line.runs().stream().map(PdfTextLine::text).toList();
    }

    /**
     * A line at a baseline: the first text starts at x, then alternately a gap (points) and the next text.
     * Chinese characters are a font size wide, digits half.
     */
    private static PdfTextLine line(float baseline, float x, Object... textsAndGaps) {
        List<PdfGlyph> glyphs = new ArrayList<>();
        float at = x;
        for (Object part : textsAndGaps) {
            if (part instanceof Number gap) {
                at += gap.floatValue();
                continue;
            }
            for (int i = 0; i < ((String) part).length(); i++) {
                String ch = String.valueOf(((String) part).charAt(i));
                float width = ch.codePointAt(0) < 0x2E80 ? SIZE / 2 : SIZE;
                if (!ch.isBlank()) {
                    glyphs.add(new PdfGlyph(ch, at, baseline, width, SIZE));
                }
                at += width;
            }
        }
        return PdfTextLine.of(glyphs);
    }
}
