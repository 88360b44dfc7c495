package org.gongkai.jobs.report;

import java.util.Locale;

/** Escaping and number formats for the report: everything that comes from data goes through {@link #escape}. */
final class Html {

    static final String DASH = "—";

    private Html() {
    }

    /** Text safe inside an element or a quoted attribute. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** 1,234,567, or a dash for null. */
    static String count(Long value) {
        return value == null ? DASH : String.format(Locale.ROOT, "%,d", value);
    }

    /** 0.6667 as 66.7%, or a dash for null. */
    static String percent(Double share) {
        return share == null || share.isNaN() ? DASH : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A change of a share, in percentage points: +1.2 个百分点. */
    static String points(Double change) {
        return change == null || change.isNaN() ? DASH : String.format(Locale.ROOT, "%+.1f 个百分点", change * 100);
    }

    /** A signed change: +1,234. */
    static String signed(Double change) {
        return change == null || change.isNaN() ? DASH : String.format(Locale.ROOT, "%+,.0f", change);
    }

    /** A mean with one decimal: 87.5. */
    static String decimal(Double value) {
        return value == null || value.isNaN() ? DASH : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A number for SVG coordinates and sort keys: no grouping, dot decimal, at most two decimals. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.replaceAll("\\.?0+$", "");
    }
}
