package org.gongkai.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The straight horizontal and vertical lines drawn on one page (table borders), in the glyphs' coordinates.
 * Segments that lie on the same line within {@link #SNAP} points are given one position, so that cells
 * bounded by them are recognised as the same cell from every text line, and pieces of one line that touch
 * (each cell's own border, as word processors draw them) become one segment, so that a border's ends are
 * where the drawn line really ends.
 */
record PdfRulings(List<Segment> horizontal, List<Segment> vertical) {

    /** A horizontal segment at y = position from x = from to x = to, or a vertical one at x = position. */
    record Segment(float position, float from, float to) {

        boolean spans(float coordinate, float tolerance) {
            return from - tolerance <= coordinate && coordinate <= to + tolerance;
        }
    }

    static final float SNAP = 1.5f;

    static PdfRulings none() {
        return new PdfRulings(List.of(), List.of());
    }

    static PdfRulings of(List<Segment> horizontal, List<Segment> vertical) {
        return new PdfRulings(joined(snapped(horizontal)), joined(snapped(vertical)));
    }

    /** Segments at one position that overlap or touch, merged. */
    private static List<Segment> joined(List<Segment> snapped) {
        List<Segment> sorted = new ArrayList<>(snapped);
        sorted.sort(Comparator.comparingDouble(Segment::position).thenComparingDouble(Segment::from));
        List<Segment> out = new ArrayList<>();
        for (Segment s : sorted) {
            Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.position() == s.position() && s.from() <= last.to() + SNAP) {
                out.set(out.size() - 1, new Segment(last.position(), last.from(), Math.max(last.to(), s.to())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Segment> snapped(List<Segment> segments) {
        List<Segment> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparingDouble(Segment::position));
        List<Segment> out = new ArrayList<>(sorted.size());
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || sorted.get(i).position() - sorted.get(i - 1).position() > SNAP) {
                float position = sorted.get(start).position();
                for (Segment s : sorted.subList(start, i)) {
                    out.add(new Segment(position, s.from(), s.to()));
                }
                start = i;
            }
        }
        return out;
    }
}
