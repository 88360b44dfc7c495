package org.gongkai.jobs.validate;

import org.gongkai.generate.AgencyUniverse;
import org.gongkai.generate.DefectRates;
import org.gongkai.generate.GeneratorConfig;
import org.gongkai.generate.LayoutMix;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.generate.GroundTruthJob;
import org.gongkai.jobs.testing.TestWarehouse;
import org.gongkai.jobs.validate.DefectDetection.Evaluation;
import org.gongkai.jobs.validate.DefectDetection.KindScore;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.jobs.warehouse.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules against a generated corpus's ground truth (every kind of defect injected, at a high rate, over three
 * years so that cross-year defects have a previous report): each defect is found by the rule meant for it, and no
 * finding is left unexplained.
 */
class DefectDetectionTest {

    @TempDir
    static Path root;
    private static TestWarehouse tests;
    private static Evaluation evaluation;

    @BeforeAll
    static void generateValidateAndEvaluate() throws IOException {
        tests = new TestWarehouse(root.resolve("warehouse"));
        GongkaiConfig settings = tests.config("truth", "hive");
        Warehouse warehouse = tests.warehouse(settings);
        GeneratorConfig corpus = new GeneratorConfig(11, 2021, 2023, AgencyUniverse.scaleFor(11, 900, 3),
                LayoutMix.parse(LayoutMix.DEFAULT), DefectRates.total(0.3));
        new GroundTruthJob(tests.spark(), warehouse, corpus, null, null,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        new ValidateJob(tests.spark(), warehouse, settings).run();
        evaluation = DefectDetection.evaluate(warehouse.read(Tables.RULE_RESULTS), warehouse.read(Tables.REPORT_QUALITY),
                warehouse.read(Tables.REPORTS), warehouse.read(Tables.GENERATED_DEFECTS));
        evaluation.print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        tests.stop();
    }

    @Test
    void everyKindOfDefectIsInjectedSoThatTheScoresMeanSomething() {
        for (KindScore kind : evaluation.kinds()) {
            assertTrue(kind.injected() >= 5, kind.toString());
            assertTrue(kind.undetectable() <= kind.injected(), "most defects can be seen: " + kind);
        }
        assertTrue(evaluation.cleanReports() > 500, "clean reports: " + evaluation.cleanReports());
    }

    @Test
    void everyInjectedDefectIsFoundByTheRuleMeantForIt() {
        for (KindScore kind : evaluation.kinds()) {
            assertEquals(kind.injected(), kind.found(), kind.toString());
        }
    }

    @Test
    void noFindingIsUnexplainedAndNoCleanReportIsFlagged() {
        assertEquals(java.util.List.of(), evaluation.unexplained());
        assertEquals(0, evaluation.cleanReportsFlaggedUnexplained());
        evaluation.kinds().forEach(kind -> assertEquals(1.0, kind.precision(), kind.toString()));
    }
}
