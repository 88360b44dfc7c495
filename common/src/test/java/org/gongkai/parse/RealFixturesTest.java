package org.gongkai.parse;

import org.gongkai.report.Cell;
import org.gongkai.report.NormalizedReport;
import org.gongkai.report.ReportJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every real report in ../shared/fixtures/real parses to its .expected.json, cell for cell. */
class RealFixturesTest {

    private static final List<String> LAYOUTS_READ_HERE = List.of(".txt", ".md", ".html", ".htm", ".pdf");

    @TestFactory
    Stream<DynamicTest> realReportsParseToTheirExpectedValues() throws IOException {
        Path dir = SharedFixtures.realReports().orElse(null);
        Assumptions.assumeTrue(dir != null, "../shared/fixtures/real is absent: the real-report tests are skipped");
        List<Path> inputs;
        try (Stream<Path> files = Files.list(dir)) {
            inputs = files.filter(p -> LAYOUTS_READ_HERE.stream().anyMatch(ext -> p.toString().endsWith(ext)))
                    .filter(p -> Files.exists(expectedOf(p))).sorted().toList();
        }
        assertTrue(inputs.size() >= 9, "expected the seven text and two PDF fixtures, found " + inputs);
        return inputs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static Path expectedOf(Path input) {
        String name = input.getFileName().toString();
        return input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
    }

    private static void check(Path input) throws Exception {
        NormalizedReport expected = ReportJson.read(Files.readString(expectedOf(input), StandardCharsets.UTF_8));
        NormalizedReport actual = new ReportParser().parse(Files.readAllBytes(input), input.getFileName().toString());
        List<String> differences = new ArrayList<>();
        compare(differences, "format", expected.format(), actual.format());
        compare(differences, "year", expected.year(), actual.year());
        compare(differences, "layout", expected.source().layout(), actual.source().layout());
        compare(differences, "agency.scope", expected.agency().scope(), actual.agency().scope());
        compare(differences, "agency.level", expected.agency().level(), actual.agency().level());
        compare(differences, "agency.name", expected.agency().name(), actual.agency().name());
        compare(differences, "title", expected.title(), actual.title());
        compare(differences, "published_on", expected.publishedOn(), actual.publishedOn());
        compareCells(differences, expected.cells(), actual.cells());
        assertTrue(differences.isEmpty(), input.getFileName() + " differs in " + differences.size() + " places:\n"
                + String.join("\n", differences.subList(0, Math.min(40, differences.size()))));
        assertEquals(expected.cells().size(), actual.cells().size());
        if (actual.agency().regionCode() != null) {
            assertEquals(expected.agency().regionCode(), actual.agency().regionCode(), "a resolved region is right");
        }
    }

    /** The registry resolves every printed agency name; 008's OCR misprint (沐阳 for 沭阳) stays unresolved. */
    @TestFactory
    Stream<DynamicTest> printedAgencyNamesResolveToTheirRegion() {
        Path dir = SharedFixtures.realReports().orElse(null);
        Assumptions.assumeTrue(dir != null, "../shared/fixtures/real is absent: the real-report tests are skipped");
        return Stream.of("000_seed_renliu_2023.txt", "001.txt", "003.txt", "005.txt", "011.html",
                "013_shuyang_ndrc_2023.html").map(name -> DynamicTest.dynamicTest(name, () -> {
                    Path input = dir.resolve(name);
                    NormalizedReport expected = ReportJson.read(Files.readString(expectedOf(input)));
                    NormalizedReport actual = new ReportParser().parse(Files.readAllBytes(input), name);
                    assertEquals(expected.agency().regionCode(), actual.agency().regionCode());
                }));
    }

    private static void compareCells(List<String> differences, List<Cell> expected, List<Cell> actual) {
        if (expected.size() != actual.size()) {
            differences.add("cell count: expected " + expected.size() + ", got " + actual.size());
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            Cell e = expected.get(i);
            Cell a = actual.get(i);
            String where = e.key();
            compare(differences, where + " (position " + i + ")", e.key(), a.key());
            compare(differences, where + ".state", e.state(), a.state());
            compare(differences, where + ".value", plain(e.value()), plain(a.value()));
            compare(differences, where + ".unit", e.unit(), a.unit());
            compare(differences, where + ".candidates", plainLists(e.candidates()), plainLists(a.candidates()));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static List<List<String>> plainLists(List<List<BigDecimal>> readings) {
        return readings.stream().map(r -> r.stream().map(RealFixturesTest::plain).toList()).toList();
    }

    private static void compare(List<String> differences, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            differences.add(what + ": expected " + expected + ", got " + actual);
        }
    }
}
