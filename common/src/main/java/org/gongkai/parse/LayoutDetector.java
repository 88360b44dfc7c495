package org.gongkai.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells a report's layout from its text, not from its file name. */
final class LayoutDetector {

    private static final Pattern HTML_TAG = Pattern.compile("(?i)<\\s*(table|tr|td|p|div|html|body|br|span)\\b");
    private static final Pattern MARKDOWN_SEPARATOR = Pattern.compile("(?m)^\\s*\\|?\\s*:?-{3,}:?\\s*\\|");
    private static final int MIN_TAGS = 3;
    private static final int MIN_PIPE_LINES = 8;
    private static final int MIN_VALUE_LINES = 20;

    private LayoutDetector() {
    }

    static Layout detect(String text) {
        if (count(HTML_TAG.matcher(text), MIN_TAGS) >= MIN_TAGS) {
            return Layout.HTML;
        }
        int pipeLines = 0;
        int valueLines = 0;
        for (String line : text.split("\\R")) {
            String cell = line.strip();
            if (cell.chars().filter(c -> c == '|').count() >= 2) {
                pipeLines++;
            } else if (!cell.isEmpty() && PrintedCell.isValueLike(cell)) {
                valueLines++;
            }
        }
        if (pipeLines >= MIN_PIPE_LINES) {
            return MARKDOWN_SEPARATOR.matcher(text).find() ? Layout.MARKDOWN : Layout.PIPE_TEXT;
        }
        return valueLines >= MIN_VALUE_LINES ? Layout.CELL_LINES : Layout.FLATTENED;
    }

    private static int count(Matcher m, int enough) {
        int n = 0;
        while (n < enough && m.find()) {
            n++;
        }
        return n;
    }
}
