package org.gongkai.jobs.validate;

import java.util.HashSet;
import java.util.Set;

/** The exact Jaccard similarity of two texts' character shingles, to check the estimates against. */
final class ShingleSets {

    private ShingleSets() {
    }

    static double jaccard(String a, String b, int length) {
        Set<String> first = shingles(a, length);
        Set<String> second = shingles(b, length);
        Set<String> union = new HashSet<>(first);
        union.addAll(second);
        first.retainAll(second);
        return (double) first.size() / union.size();
    }

    /** Shingles by code point, as Spark counts characters. */
    static Set<String> shingles(String text, int length) {
        int[] codePoints = text.codePoints().toArray();
        Set<String> out = new HashSet<>();
        for (int i = 0; i + length <= codePoints.length; i++) {
            out.add(new String(codePoints, i, length));
        }
        return out;
    }
}
