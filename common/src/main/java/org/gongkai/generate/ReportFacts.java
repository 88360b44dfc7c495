package org.gongkai.generate;

import java.io.Serializable;

/**
 * The few numbers of one generated report the corpus statistics need (correct values, not as printed).
 *
 * @param defect the injected defect's kind code, or null
 */
public record ReportFacts(String level, String scope, int year, long newReceived, long review, String defect,
                          long bytes) implements Serializable {
}
