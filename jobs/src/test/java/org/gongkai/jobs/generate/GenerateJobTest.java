package org.gongkai.jobs.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.SparkSession;
import org.gongkai.generate.AgencyUniverse;
import org.gongkai.generate.CorpusStats;
import org.gongkai.generate.DefectRates;
import org.gongkai.generate.GeneratorConfig;
import org.gongkai.generate.LayoutMix;
import org.gongkai.parse.ReportParser;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;
import org.gongkai.report.ReportJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generate job on a few hundred reports: the files, the manifest and the expected reports agree; every file
 * parses to its expected cells; a rerun with another partitioning writes the same bytes.
 */
class GenerateJobTest {

    private static final int REPORTS = 400;
    private static SparkSession spark;
    private static GeneratorConfig config;
    private static Path first;
    private static CorpusStats stats;
    private static String printed;

    @TempDir
    static Path temp;

    @BeforeAll
    static void generate() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("GenerateJobTest")
                .config("spark.sql.shuffle.partitions", "2").config("spark.ui.enabled", "false").getOrCreate();
        double scale = AgencyUniverse.scaleFor(9, REPORTS, 3);
        config = new GeneratorConfig(9, 2021, 2023, scale, LayoutMix.parse(LayoutMix.DEFAULT), DefectRates.total(0.3));
        first = temp.resolve("first");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        stats = new GenerateJob(config, first.toUri().toString(), 3, new PrintStream(console, true, StandardCharsets.UTF_8))
                .run(spark);
        printed = console.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void manifestFilesAndExpectedReportsAgree() throws IOException {
        List<Path> raw = files(first.resolve("files"));
        List<String> manifest = lines(first.resolve("manifest.csv"));
        List<String> expected = lines(first.resolve("expected.jsonl"));
        List<String> defects = lines(first.resolve("defects.jsonl"));
        long badFiles = defects.stream().filter(d -> d.contains("\"expected_reason\"")).count();
        assertTrue(raw.size() >= REPORTS && raw.size() < 2 * REPORTS, "files: " + raw.size());
        assertEquals("file,agency,region_code,level,scope,year,published_on,source_url", manifest.get(0));
        assertEquals(raw.size(), manifest.size() - 1);
        assertEquals(raw.size(), expected.size() + badFiles);
        assertEquals(stats.reports(), raw.size());
        List<String> listed = manifest.subList(1, manifest.size()).stream().map(l -> l.split(",")[0]).sorted().toList();
        assertEquals(raw.stream().map(p -> first.relativize(p).toString()).sorted().toList(), listed);
        for (String line : defects) {
            assertTrue(Files.exists(first.resolve(new ObjectMapper().readTree(line).get("file").asText())), line);
        }
        assertTrue(defects.size() > REPORTS / 10, "defects: " + defects.size());
        assertTrue(printed.contains("行政复议") && printed.contains("reports/s"), printed);
        assertEquals(List.of("defects.jsonl", "expected.jsonl", "files", "manifest.csv"),
                Arrays.stream(first.toFile().list()).sorted().toList(), "no part files left behind");
    }

    @Test
    void everyFileParsesToItsExpectedCells() throws Exception {
        ReportParser parser = new ReportParser();
        List<String> wrong = new ArrayList<>();
        int ambiguous = 0;
        for (String line : lines(first.resolve("expected.jsonl"))) {
            NormalizedReport expected = ReportJson.read(line);
            NormalizedReport parsed = parser.parse(Files.readAllBytes(first.resolve(expected.source().uri())),
                    expected.source().uri());
            assertEquals(expected.format(), parsed.format(), expected.source().uri());
            assertEquals(expected.cells().size(), parsed.cells().size(), expected.source().uri());
            for (int i = 0; i < expected.cells().size(); i++) {
                Cell e = expected.cells().get(i);
                Cell p = parsed.cells().get(i);
                if (p.state() == CellState.AMBIGUOUS && expected.source().layout().equals("flattened")) {
                    ambiguous++;
                    if (!amongCandidates(expected, p)) {
                        wrong.add(expected.source().uri() + " " + e.key() + ": truth not among " + p.candidates());
                    }
                } else if (e.state() != p.state() || e.value() != null && e.value().compareTo(p.value()) != 0) {
                    wrong.add(expected.source().uri() + " " + e.key() + ": expected " + e.state() + " " + e.value()
                            + ", read " + p.state() + " " + p.value());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(ambiguous < 200, "ambiguous cells: " + ambiguous);
    }

    private static boolean amongCandidates(NormalizedReport expected, Cell ambiguous) {
        List<BigDecimal> row = expected.cells().stream()
                .filter(c -> c.table().equals(ambiguous.table()) && c.row().equals(ambiguous.row())).map(Cell::value).toList();
        return ambiguous.candidates().stream().anyMatch(c -> c.size() == row.size()
                && IntStream.range(0, row.size()).allMatch(k -> sameValue(c.get(k), row.get(k))));
    }

    /** A placeholder is a null value, in the truth and in a candidate alike. */
    private static boolean sameValue(BigDecimal candidate, BigDecimal truth) {
        return candidate == null ? truth == null : truth != null && candidate.compareTo(truth) == 0;
    }

    @Test
    void aRerunWithOtherPartitionsWritesTheSameBytes() throws IOException {
        Path second = temp.resolve("second");
        new GenerateJob(config, second.toString(), 5, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run(spark);
        List<Path> a = files(first);
        List<Path> b = files(second);
        assertEquals(a.stream().map(p -> first.relativize(p).toString()).toList(),
                b.stream().map(p -> second.relativize(p).toString()).toList());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
        }
        Map<String, Long> levels = lines(second.resolve("manifest.csv")).stream().skip(1)
                .collect(Collectors.groupingBy(l -> l.split(",")[3], Collectors.counting()));
        assertTrue(levels.keySet().containsAll(List.of("province", "prefecture", "county", "township")), levels.toString());
    }
}
