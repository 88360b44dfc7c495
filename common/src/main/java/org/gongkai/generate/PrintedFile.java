package org.gongkai.generate;

import org.gongkai.report.NormalizedReport;

/**
 * A report as a file: its bytes, file extension, layout, text encoding, and the normalized report a correct
 * parser must read from it (the printer's noise can make it differ from what was meant to be printed).
 */
public record PrintedFile(byte[] bytes, String extension, String layout, String encoding, NormalizedReport expected) {
}
