package org.gongkai.jobs.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Options the commands refuse before any Spark session starts: exit status 2 and one line on stderr that names
 * what is wrong.
 */
class UsageErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            report --worst -1                                      | --worst must be 0 or more
            report --output x.html                                 | --output
            generate --reports 10 --scale 0.1 --out x              | mutually exclusive
            generate --reports 10                                  | --into-warehouse
            generate --reports 10 --years 2019-2o21 --out x        | --years must be YEAR or FIRST-LAST
            bench-validate --reports 100 --runs 0                  | --runs must be at least 1
            bench-validate --reports 0                             | --reports must be at least 1
            bench-run --reports 100 --years 2023-2021              | --years must run forward
            bench-run --reports 100 --years twenty                 | --years must be YEAR or FIRST-LAST
            bench-parse --runs 0                                   | --runs must be at least 1
            bench-ingest --corpus . --warmup -1                    | --warmup must be 0 or more
            """)
    void isRefusedWithItsReason(String commandLine, String reason) {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, Gongkai.execute(commandLine.split(" +")));
        } finally {
            System.setErr(originalErr);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains(reason), message);
    }
}
