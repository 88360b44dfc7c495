package org.gongkai.jobs.cli;

import org.gongkai.report.NormalizedReport;
import org.gongkai.report.ReportJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gongkai parse}: JSON Lines on stdout, one clear line per bad file on stderr, exit status 1. */
class ParseCommandTest {

    private static final Path SEED = Path.of("..", "data", "sample", "000_seed_renliu_2023.txt");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void printsOneNormalizedReportPerLine() {
        assertEquals(0, Gongkai.execute("parse", SEED.toString(), SEED.toString()));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        NormalizedReport report = ReportJson.read(lines[0]);
        assertEquals("610115020", report.agency().regionCode());
        assertEquals(200, report.cells().size());
        assertEquals(lines[0], lines[1], "the same bytes give the same line");
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badFilesAreReportedAndTheOthersStillParse(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Path absent = dir.resolve("absent.txt");
        int status = Gongkai.execute("parse", empty.toString(), SEED.toString(), binary.toString(), absent.toString());
        assertEquals(1, status);
        assertEquals(1, out.toString(StandardCharsets.UTF_8).split("\n").length, "the seed still parsed");
        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains("empty.txt: empty:"), messages);
        assertTrue(messages.contains("image.html: binary:"), messages);
        assertTrue(messages.contains("absent.txt: unreadable_path:"), messages);
        assertFalse(messages.contains("\tat "), "no stack trace: " + messages);
    }
}
