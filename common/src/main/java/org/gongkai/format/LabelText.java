package org.gongkai.format;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normal forms of printed labels, so that labels match whatever the publisher's punctuation, spacing and
 * numbering: NFKC (full-width to half-width), no white space, no quotes, and optionally no ordinal.
 */
public final class LabelText {

    private static final Pattern SPACE_OR_QUOTE = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\ufeff\"'“”‘’「」『』]+");
    /** Printed ordinals: 一、 二. （一） (三) 1. 2、 3． and combinations such as 三、(一). */
    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|\\(\\d+\\)|\\d+[.、](?!\\d))+");

    private LabelText() {
    }

    /** NFKC, without white space and quotes. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return SPACE_OR_QUOTE.matcher(nfkc).replaceAll("");
    }

    /** {@link #normalize} and without the leading ordinal(s). */
    public static String core(String text) {
        return ORDINAL.matcher(normalize(text)).replaceFirst("");
    }
}
