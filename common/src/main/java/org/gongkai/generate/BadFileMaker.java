package org.gongkai.generate;

import org.gongkai.render.BadFiles;
import org.gongkai.report.NormalizedReport;

import java.util.Random;
import java.util.SplittableRandom;

/** A bad file in place of a report, of a defect's kind; the parser must quarantine it with the kind's reason. */
final class BadFileMaker {

    private BadFileMaker() {
    }

    static byte[] make(DefectKind kind, NormalizedReport report, SplittableRandom seed) {
        Random random = new Random(seed.nextLong());
        BadFiles.BadFile file = switch (kind) {
            case BAD_FILE_EMPTY -> BadFiles.empty();
            case BAD_FILE_TRUNCATED -> BadFiles.truncated(report, random);
            case BAD_FILE_BINARY -> BadFiles.binary(random);
            case BAD_FILE_NOT_A_REPORT -> BadFiles.notAReport(random);
            case BAD_FILE_UNDECODABLE -> BadFiles.undecodable(random);
            default -> throw new IllegalArgumentException("not a bad-file kind: " + kind);
        };
        return file.bytes();
    }
}
