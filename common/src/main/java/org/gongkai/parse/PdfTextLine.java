package org.gongkai.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Glyphs printed on one baseline, left to right. */
record PdfTextLine(float baseline, List<PdfGlyph> glyphs) {

    /** Glyphs whose baselines differ by less than this share of the font size are on one line. */
    private static final float BASELINE_TOLERANCE = 0.3f;
    /** How far above the baseline the middle of the characters is, as a share of the font size. */
    private static final float MIDDLE_ABOVE_BASELINE = 0.3f;
    /** A gap wider than about one character separates two cells; digits of a number sit much closer. */
    private static final float CELL_GAP = 1.0f;
    /** A gap wider than a quarter of a character between Latin letters or digits is a printed space. */
    private static final float SPACE_GAP = 0.25f;

    /** Groups a page's glyphs into lines, top to bottom. */
    static List<PdfTextLine> group(List<PdfGlyph> glyphs) {
        List<PdfGlyph> byBaseline = new ArrayList<>(glyphs);
        byBaseline.sort(Comparator.comparingDouble(PdfGlyph::baseline).thenComparingDouble(PdfGlyph::x));
        List<PdfTextLine> lines = new ArrayList<>();
        List<PdfGlyph> current = new ArrayList<>();
        for (PdfGlyph g : byBaseline) {
            if (!current.isEmpty()) {
                PdfGlyph first = current.get(0);
                float tolerance = BASELINE_TOLERANCE * Math.min(first.size(), g.size());
                if (g.baseline() - first.baseline() > tolerance) {
                    lines.add(of(current));
                    current = new ArrayList<>();
                }
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(of(current));
        }
        return lines;
    }

    static PdfTextLine of(List<PdfGlyph> glyphs) {
        List<PdfGlyph> leftToRight = new ArrayList<>(glyphs);
        leftToRight.sort(Comparator.comparingDouble(PdfGlyph::x));
        return new PdfTextLine(leftToRight.get(0).baseline(), List.copyOf(leftToRight));
    }

    float size() {
        return (float) glyphs.stream().mapToDouble(PdfGlyph::size).max().orElse(0);
    }

    /** The vertical middle of the line's characters, which decides the table cells they are printed in. */
    float middle() {
        return baseline - MIDDLE_ABOVE_BASELINE * size();
    }

    float left() {
        return glyphs.get(0).x();
    }

    float right() {
        return (float) glyphs.stream().mapToDouble(PdfGlyph::right).max().orElse(0);
    }

    /**
     * The line cut into cells where the gap between two glyphs is wider than about a character, or where two
     * digits stand a space apart: those are two numbers, and joining them would invent a third. Digits of one
     * number sit close together and are never split.
     */
    List<List<PdfGlyph>> runs() {
        List<List<PdfGlyph>> runs = new ArrayList<>();
        List<PdfGlyph> run = new ArrayList<>();
        PdfGlyph previous = null;
        for (PdfGlyph g : glyphs) {
            if (previous != null && isCellGap(previous, g)) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(g);
            previous = g;
        }
        runs.add(run);
        return runs;
    }

    /**
     * The text of glyphs of one line, with a space where a gap between Latin letters or digits is wide
     * enough to be one. Chinese text has no spaces: its wider gaps are justification.
     */
    static String text(List<PdfGlyph> glyphs) {
        StringBuilder text = new StringBuilder();
        PdfGlyph previous = null;
        for (PdfGlyph g : glyphs) {
            if (previous != null && !isWide(previous) && !isWide(g)
                    && gap(previous, g) > SPACE_GAP * Math.max(previous.size(), g.size())) {
                text.append(' ');
            }
            text.append(g.text());
            previous = g;
        }
        return text.toString();
    }

    private static boolean isCellGap(PdfGlyph left, PdfGlyph right) {
        float size = Math.max(left.size(), right.size());
        float gap = gap(left, right);
        return gap > CELL_GAP * size || gap > SPACE_GAP * size && isDigit(left) && isDigit(right);
    }

    private static boolean isDigit(PdfGlyph g) {
        return Character.isDigit(g.text().codePointAt(0));
    }

    /** CJK characters and full-width punctuation. */
    private static boolean isWide(PdfGlyph g) {
        return g.text().codePointAt(0) >= 0x2E80;
    }

    private static float gap(PdfGlyph left, PdfGlyph right) {
        return right.x() - left.right();
    }
}
