package org.gongkai.generate;

import java.util.List;

/**
 * One file of the corpus with its lines in the outputs.
 *
 * @param path         the file's path relative to the corpus directory (files/PROVINCE/AGENCY/YEAR.EXT)
 * @param manifestRow  its manifest.csv line, CRLF included
 * @param expectedJson its expected.jsonl line (no newline), or null for a bad file that is no report
 * @param defectLines  its defects.jsonl lines (no newlines)
 */
public record CorpusEntry(String path, byte[] bytes, String manifestRow, String expectedJson, List<String> defectLines,
                          ReportFacts facts) {
}
