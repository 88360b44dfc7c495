package org.gongkai.jobs.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gongkai report}'s options, checked before any Spark session starts. */
class ReportCommandTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
    }

    @Test
    void aNegativeNumberOfWorstReportsIsAUsageError() {
        assertEquals(2, Gongkai.execute("report", "--worst", "-1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--worst must be 0 or more"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, Gongkai.execute("report", "--output", "x.html"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--output"), err.toString(StandardCharsets.UTF_8));
    }
}
