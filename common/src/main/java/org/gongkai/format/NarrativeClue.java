package org.gongkai.format;

import java.util.regex.Pattern;

/** A phrase in the narrative (总体情况) that states the value of one table cell, e.g. 制发…规范性文件77件. */
public record NarrativeClue(String table, String row, String column, Pattern pattern) {
}
