package org.gongkai.generate;

import org.gongkai.format.FormatCatalog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simple bad files in place of a report, each of which the parser must quarantine with the kind's reason.
 * SEAM: the sibling's {@code BadFiles} makers replace these when they land; the defect records stay as they are.
 */
final class BadFileMaker {

    private static final String APPEALS_TITLE = FormatCatalog.standard().formatForYear(AgencySeries.FIRST_YEAR)
            .orElseThrow().table("appeals").title();

    private BadFileMaker() {
    }

    static byte[] make(DefectKind kind, byte[] report, SplittableRandom random) {
        return switch (kind) {
            case BAD_FILE_EMPTY -> new byte[0];
            case BAD_FILE_TRUNCATED -> truncated(report);
            case BAD_FILE_BINARY -> binary(random);
            case BAD_FILE_NOT_A_REPORT -> notAReport(random);
            case BAD_FILE_UNDECODABLE -> undecodable(random);
            default -> throw new IllegalArgumentException("not a bad-file kind: " + kind);
        };
    }

    /** The report cut where table 四 begins: a download that stopped in the middle. */
    private static byte[] truncated(byte[] report) {
        String text = new String(report, StandardCharsets.UTF_8);
        int cut = text.indexOf(APPEALS_TITLE);
        return text.substring(0, cut < 0 ? text.length() / 2 : cut).getBytes(StandardCharsets.UTF_8);
    }

    /** A zip archive's header and random bytes, NULs included. */
    private static byte[] binary(SplittableRandom random) {
        byte[] bytes = new byte[512 + random.nextInt(4096)];
        random.nextBytes(bytes);
        System.arraycopy(new byte[] {'P', 'K', 3, 4, 0, 0}, 0, bytes, 0, 6);
        return bytes;
    }

    private static byte[] notAReport(SplittableRandom random) {
        List<String> texts = NarrativeWriter.notAReportTexts();
        return texts.get(random.nextInt(texts.size())).getBytes(StandardCharsets.UTF_8);
    }

    /** High bytes that are neither UTF-8 nor GB18030 text (0xFF never starts a GB18030 character). */
    private static byte[] undecodable(SplittableRandom random) {
        byte[] bytes = new byte[256 + random.nextInt(1024)];
        Arrays.fill(bytes, (byte) 0xFF);
        for (int i = 1; i < bytes.length; i += 2) {
            bytes[i] = (byte) (0x80 + random.nextInt(0x7F));
        }
        bytes[0] = (byte) 0x80;
        return bytes;
    }
}
