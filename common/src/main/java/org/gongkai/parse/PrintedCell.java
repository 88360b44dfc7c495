package org.gongkai.parse;

import org.gongkai.format.ColumnKind;
import org.gongkai.format.ColumnSpec;
import org.gongkai.format.FormatCatalog;
import org.gongkai.report.CellState;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the printed text of one table cell: a number (with a unit or an annotation such as
 * {@code 22（其中修订16件）}), a blank, a placeholder, or something else.
 */
public final class PrintedCell {

    /** A number, an optional unit or counting word, an optional bracketed annotation. */
    private static final Pattern NUMBER = Pattern.compile(
            "^([-+]?\\d+(?:\\.\\d+)?)(万元|元|件|项|个|条|次|人次)?(\\(.*\\))?$");
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3}(?:\\D|$))");
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\ufeff]+");
    private static final Pattern DASHES = Pattern.compile("^[-—–―─/\\\\]+$");

    /** What a cell holds: state, value, printed unit, the text as printed. */
    public record Reading(CellState state, BigDecimal value, String unit, String raw) {
    }

    private PrintedCell() {
    }

    public static Reading read(String printed, ColumnSpec column) {
        if (isPlainDigits(printed)) {
            return new Reading(CellState.NUMBER, new BigDecimal(printed), unitOf(column, null), printed);
        }
        String raw = printed == null ? "" : INVISIBLE.matcher(printed).replaceAll(" ").strip();
        String compact = compact(printed);
        if (compact.isEmpty()) {
            return new Reading(CellState.BLANK, null, null, "");
        }
        if (isPlaceholder(compact)) {
            return new Reading(CellState.PLACEHOLDER, null, null, raw);
        }
        Matcher m = NUMBER.matcher(compact);
        if (!m.matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(m.group(1).startsWith("+") ? m.group(1).substring(1) : m.group(1));
        return new Reading(CellState.NUMBER, value, unitOf(column, m.group(2)), raw);
    }

    /** True when the text can be a value cell: a number, a blank or a placeholder (not a label). */
    public static boolean isValueLike(String printed) {
        if (isPlainDigits(printed)) {
            return true;
        }
        String compact = compact(printed);
        return compact.isEmpty() || isPlaceholder(compact) || NUMBER.matcher(compact).matches();
    }

    public static boolean isBlank(String printed) {
        return compact(printed).isEmpty();
    }

    /** The unit of an amount: printed in the cell, else the column's; counts have none. */
    static String unitOf(ColumnSpec column, String printedUnit) {
        if (column.kind() != ColumnKind.AMOUNT) {
            return null;
        }
        if ("元".equals(printedUnit) || "万元".equals(printedUnit)) {
            return printedUnit;
        }
        return column.unit();
    }

    /**
     * A one-character placeholder that can sit inside a run of digits (a dash or slash of any width); 无 is a
     * placeholder too, but a word, which ends a run.
     */
    static boolean isPlaceholderMark(char c) {
        return !Character.isLetterOrDigit(c) && isPlaceholder(String.valueOf(c));
    }

    static boolean isPlaceholder(String compact) {
        return FormatCatalog.standard().placeholders().contains(compact) || DASHES.matcher(compact).matches();
    }

    /** The common case, checked without regular expressions: ASCII digits only, no leading zero. */
    private static boolean isPlainDigits(String printed) {
        int n = printed == null ? 0 : printed.length();
        if (n == 0 || n > 18 || (n > 1 && printed.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = printed.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String compact(String printed) {
        if (printed == null || printed.isBlank()) {
            return "";
        }
        String nfkc = Normalizer.normalize(printed, Normalizer.Form.NFKC);
        return THOUSANDS_COMMA.matcher(INVISIBLE.matcher(nfkc).replaceAll("")).replaceAll("");
    }
}
