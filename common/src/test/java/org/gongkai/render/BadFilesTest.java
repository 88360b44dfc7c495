package org.gongkai.render;

import org.gongkai.parse.ParseFailure;
import org.gongkai.parse.ReportParser;
import org.gongkai.report.NormalizedReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each kind of bad file, made many times over, is quarantined with the reason it is made for. */
class BadFilesTest {

    private static final int SAMPLES = 40;

    @TestFactory
    Stream<DynamicTest> everyBadFileGetsItsReason() {
        return Stream.of("truncated", "empty", "binary", "not-a-report", "undecodable").map(kind ->
                DynamicTest.dynamicTest(kind, () -> IntStream.range(0, SAMPLES).forEach(i -> {
                    Random random = new Random(i);
                    NormalizedReport good = RandomReports.report(random, i % 2 == 0 ? "2019" : "2021", 2020 + i % 2);
                    BadFiles.BadFile file = BadFiles.all(good, random).stream()
                            .filter(f -> f.kind().equals(kind)).findFirst().orElseThrow();
                    ParseFailure failure = assertThrows(ParseFailure.class,
                            () -> new ReportParser().parse(file.bytes(), kind + "-" + i), kind + " " + i);
                    assertEquals(file.reason(), failure.reason(), kind + " " + i + ": " + failure.getMessage());
                })));
    }
}
