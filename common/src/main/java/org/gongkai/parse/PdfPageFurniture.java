package org.gongkai.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the page number printed above or below a page's text: {@code — 3 —}, {@code -3-}, {@code 第 3 页},
 * {@code 3/5}, or a bare {@code 3}.
 */
final class PdfPageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-—–―─~]+\\d+[-—–―─~]+|第\\d+页(?:[,，/]?共\\d+页)?|\\d+/\\d+|\\d{1,3})$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");

    private PdfPageFurniture() {
    }

    /** The page's rows without a page number in its first or last text row; table rows are never dropped. */
    static List<PdfRow> drop(List<PdfRow> page) {
        List<PdfRow> rows = new ArrayList<>(page);
        if (!rows.isEmpty() && isPageNumber(rows.get(rows.size() - 1))) {
            rows.remove(rows.size() - 1);
        }
        if (!rows.isEmpty() && isPageNumber(rows.get(0))) {
            rows.remove(0);
        }
        return rows;
    }

    static boolean isPageNumber(PdfRow row) {
        if (row.ruled()) {
            return false;
        }
        String text = SPACES.matcher(Normalizer.normalize(String.join("", row.cells()), Normalizer.Form.NFKC))
                .replaceAll("");
        return PAGE_NUMBER.matcher(text).matches();
    }
}
