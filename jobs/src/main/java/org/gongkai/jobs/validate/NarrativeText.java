package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;

import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.translate;

/**
 * A narrative reduced to what a copy keeps: fullwidth digits become ASCII, years become a placeholder, and
 * whitespace, punctuation and symbols (ASCII and fullwidth alike) are dropped. Figures other than years stay,
 * so two reports that differ in their numbers stay apart.
 */
final class NarrativeText {

    /** Below this many characters after normalization a text is too short to judge. */
    static final int MIN_LENGTH = 50;

    /** What a year becomes: a letter, so that stripping punctuation does not remove it. */
    static final String YEAR = "Y";

    /*
     * A copy of last year's report with only the year changed is the copy we must find, but a year printed
     * six to ten times in a 450-character overview changes about one shingle in nine: without the
     * placeholder such copies measure a Jaccard similarity of 0.84–0.92, below the threshold.
     * 2022年 and 二〇二二年 count as years; 2022件 does not. Masking comes before stripping so that a figure
     * printed just before a year (…12，2023年) does not run into it. The leading lookahead rejects most
     * positions with one character test; without it the pattern costs three times as much.
     */
    private static final String YEARS =
            "(?=[12〇零一二三四五六七八九])(?:(?<![0-9])(?:19|20)[0-9]{2}|[〇零一二三四五六七八九]{4})(?=年)";

    /** Whitespace (with U+3000 and no-break spaces), punctuation, symbols, control and format characters. */
    private static final String NOISE = "[\\s\\p{Z}\\p{P}\\p{S}\\p{C}]+";

    private NarrativeText() {
    }

    static Column normalized(Column text) {
        Column asciiDigits = translate(text, "０１２３４５６７８９", "0123456789");
        return regexp_replace(regexp_replace(asciiDigits, YEARS, YEAR), NOISE, "");
    }
}
