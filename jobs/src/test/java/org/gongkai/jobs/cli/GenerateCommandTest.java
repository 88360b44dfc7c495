package org.gongkai.jobs.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gongkai generate}'s options, checked before any Spark session starts. */
class GenerateCommandTest {

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
    void reportsAndScaleExcludeEachOther() {
        assertEquals(2, Gongkai.execute("generate", "--reports", "10", "--scale", "0.1", "--out", "x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("mutually exclusive"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anOutputDirectoryOrTheWarehouseIsRequired() {
        assertEquals(2, Gongkai.execute("generate", "--reports", "10"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("--out") && message.contains("--into-warehouse"), message);
    }
}
