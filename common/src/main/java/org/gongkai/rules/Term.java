package org.gongkai.rules;

/**
 * One weighted term of an identity: a row code (per-column rules) or a column code (per-row rules), added or
 * subtracted, from this year's report or from the same agency's previous one.
 * Written in the catalog as {@code carried_over}, {@code -repealed} or {@code previous:carried_forward}.
 */
public record Term(String code, int sign, boolean previousYear) {

    private static final String PREVIOUS = "previous:";

    static Term parse(String text) {
        int sign = text.startsWith("-") ? -1 : 1;
        String rest = sign < 0 ? text.substring(1) : text;
        boolean previous = rest.startsWith(PREVIOUS);
        return new Term(previous ? rest.substring(PREVIOUS.length()) : rest, sign, previous);
    }
}
