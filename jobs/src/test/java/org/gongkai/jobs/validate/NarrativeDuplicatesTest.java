package org.gongkai.jobs.validate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.gongkai.generate.AgencySeries;
import org.gongkai.generate.DefectKind;
import org.gongkai.generate.DefectRates;
import org.gongkai.generate.GeneratedReport;
import org.gongkai.generate.GeneratorConfig;
import org.gongkai.generate.LayoutMix;
import org.gongkai.generate.UniverseAgency;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Near-duplicate narratives on realistic text: the overviews of the generated sample (data/sample/generated,
 * 234 reports of 2022 and 2023 built from the generator's template sentences) and a generated corpus with
 * copies of last year's report injected.
 */
class NarrativeDuplicatesTest {

    private static final StructType TEXTS = new StructType().add("report_id", "string").add("agency_key", "string")
            .add("year", "int").add("text", "string");

    private static SparkSession spark;
    /** The sample's overviews by report_id, with their agency and year. */
    private static Map<String, Row> sample;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("NarrativeDuplicatesTest")
                .config("spark.sql.shuffle.partitions", "2").config("spark.default.parallelism", "2")
                .config("spark.ui.enabled", "false").getOrCreate();
        String expected = Path.of(System.getProperty("gongkai.sample"), "generated", "expected.jsonl").toString();
        sample = new TreeMap<>();
        spark.read().json(expected)
                .select(col("report_id"), regexp_replace(col("report_id"), "-[0-9]{4}$", "").as("agency_key"),
                        col("year").cast("int").as("year"), col("sections.overview").as("text"))
                .collectAsList().forEach(row -> sample.put(row.getString(0), row));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aCopyOfLastYearsTextWithTheYearChangedIsFoundInBothDirections() {
        Row original = sample.values().stream()
                .filter(r -> r.getInt(2) == 2022 && sample.containsKey(r.getString(1) + "-2023")).findFirst().orElseThrow();
        String copyId = original.getString(1) + "-2023";
        Map<String, Row> texts = new TreeMap<>(sample);
        texts.put(copyId, RowFactory.create(copyId, original.getString(1), 2023,
                original.getString(3).replace("2022年", "2023年")));

        List<Row> pairs = NarrativeDuplicates.standard().pairs(dataset(texts.values())).collectAsList();

        assertEquals(2, pairs.size(), "only the copy, in both directions: " + pairs);
        Row forward = pairs.stream().filter(p -> p.getString(0).equals(original.getString(0))).findFirst().orElseThrow();
        Row backward = pairs.stream().filter(p -> p.getString(0).equals(copyId)).findFirst().orElseThrow();
        assertEquals(List.of(copyId, original.getString(1), 2023), List.of(forward.get(1), forward.get(2), forward.get(3)));
        assertEquals(List.of(original.getString(0), original.getString(1), 2022),
                List.of(backward.get(1), backward.get(2), backward.get(3)));
        for (Row pair : pairs) {
            assertTrue(pair.getDouble(4) >= 0.9, pair.toString());
            assertTrue(pair.getBoolean(5), pair.toString());
        }
        // The same input in another order and partitioning gives the same rows.
        List<Row> again = NarrativeDuplicates.standard().pairs(dataset(texts.values()).repartition(3)).collectAsList();
        assertEquals(pairs, again);
    }

    /**
     * The sample's overviews share the period sentence and pick their paragraphs from nine template phrases,
     * with their own figures: no two are copies. The estimated similarity of every pair of them is printed as
     * a histogram, to show the margin below the threshold.
     */
    @Test
    void overviewsBuiltFromTheSameTemplateSentencesWithOtherFiguresAreNotPaired() {
        Dataset<Row> texts = dataset(sample.values());
        assertEquals(List.of(), NarrativeDuplicates.standard().pairs(texts).collectAsList());

        MinHashSignature signature = new MinHashSignature(5, 128);
        Dataset<Row> signed = texts.select(col("report_id"), NarrativeText.normalized(col("text")).as("normalized"))
                .select(col("report_id"), signature.of("normalized", NarrativeText.MIN_LENGTH).as("signature"));
        List<Double> similarities = signed.as("a").crossJoin(signed.as("b"))
                .filter(col("a.report_id").lt(col("b.report_id")))
                .select(signature.similarity(col("a.signature"), col("b.signature")))
                .collectAsList().stream().map(r -> r.getDouble(0)).sorted().toList();
        int[] histogram = new int[20];
        similarities.forEach(s -> histogram[Math.min(19, (int) (s * 20))]++);
        System.out.printf(Locale.ROOT, "estimated similarity of the %,d pairs of sample overviews (0.05 wide bins from 0): %s; "
                        + "median %.3f, 99th percentile %.3f, max %.3f%n", similarities.size(), java.util.Arrays.toString(histogram),
                similarities.get(similarities.size() / 2), similarities.get(similarities.size() * 99 / 100),
                similarities.get(similarities.size() - 1));
        assertEquals(sample.size() * (sample.size() - 1) / 2, similarities.size());
        assertTrue(similarities.get(similarities.size() - 1) < 0.9, "most similar pair of the sample");
    }

    /**
     * A generated corpus (2019–2025) where 5% of the reports are the previous year's report with the year
     * changed (defect copied_previous_year): each is paired with the report it copies. A report copied twice
     * running makes three identical texts, all paired. Any other pair found must be a real near duplicate
     * (two template texts that happen to pick the same phrases and figures), as checked on the true Jaccard
     * similarity.
     */
    @Test
    void everyCopyOfThePreviousYearInTheGeneratedCorpusIsFound() {
        GeneratorConfig config = new GeneratorConfig(7, 2019, 2025, 0.002, LayoutMix.parse(LayoutMix.DEFAULT),
                DefectRates.none().with("copied_previous_year=0.05"));
        List<Row> rows = new ArrayList<>();
        Set<List<String>> copies = new HashSet<>();
        for (UniverseAgency agency : config.universe().agencies()) {
            List<String> chain = new ArrayList<>();
            for (GeneratedReport report : AgencySeries.reports(agency, config)) {
                String id = report.printed().reportId();
                rows.add(RowFactory.create(id, agency.id(), report.year(), report.printed().sections().get("overview")));
                boolean copied = report.defect() != null && report.defect().kind() == DefectKind.COPIED_PREVIOUS_YEAR;
                if (!copied) {
                    chain = new ArrayList<>();
                }
                for (String earlier : chain) {
                    copies.add(List.of(earlier, id));
                    copies.add(List.of(id, earlier));
                }
                chain.add(id);
            }
        }
        assertTrue(copies.size() >= 2 * 40, "copies injected: " + copies.size() / 2);

        List<Row> pairs = NarrativeDuplicates.standard().pairs(dataset(rows)).collectAsList();

        Set<List<String>> found = pairs.stream().map(p -> List.of(p.getString(0), p.getString(1))).collect(Collectors.toSet());
        Set<List<String>> missed = new TreeSet<>(java.util.Comparator.comparing(Object::toString));
        copies.stream().filter(c -> !found.contains(c)).forEach(missed::add);
        assertEquals(Set.of(), missed, "copies not found");
        Map<String, String> normalized = normalizedTexts(dataset(rows));
        List<String> others = new ArrayList<>();
        for (Row pair : pairs) {
            if (!copies.contains(List.of(pair.getString(0), pair.getString(1))) && pair.getString(0).compareTo(pair.getString(1)) < 0) {
                double jaccard = ShingleSets.jaccard(normalized.get(pair.getString(0)), normalized.get(pair.getString(1)), 5);
                others.add(String.format(Locale.ROOT, "%s ~ %s estimated %.3f, true %.3f", pair.get(0), pair.get(1), pair.getDouble(4), jaccard));
                assertTrue(jaccard >= 0.8, "not a near duplicate: " + others.get(others.size() - 1));
            }
        }
        System.out.printf(Locale.ROOT, "generated corpus: %,d reports, %,d copy pairs injected and found, %d other pairs: %s%n",
                rows.size(), copies.size() / 2, others.size(), others);
    }

    @Test
    void textsTooShortToJudgeAreSkipped() {
        String fifty = "坚持以习近平新时代中国特色社会主义思想为指导认真贯彻落实中华人民共和国政府信息公开条例围绕中心工作聚";
        assertEquals(50, fifty.length());
        String fortyNine = fifty.substring(0, 49);
        // 55 characters as printed, 49 once punctuation and spaces are dropped.
        String punctuated = "坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》， 围绕中心工作。";
        assertEquals(55, punctuated.length());
        List<Row> rows = new ArrayList<>();
        int agency = 0;
        for (String text : new String[]{null, null, "", "", "本机关无其他需要报告的事项。", "本机关无其他需要报告的事项。",
                fortyNine, fortyNine, punctuated, punctuated, fifty, fifty}) {
            rows.add(RowFactory.create("r" + rows.size(), "a" + agency++, 2023, text));
        }
        List<Row> pairs = NarrativeDuplicates.standard().pairs(dataset(rows)).collectAsList();
        assertEquals(List.of(List.of("r10", "r11"), List.of("r11", "r10")),
                pairs.stream().map(p -> List.of(p.getString(0), p.getString(1))).toList(),
                "only the two texts of 50 characters are long enough");
    }

    /**
     * Thousands of reports with the same boilerplate overview would give millions of pairs: each report is
     * paired with a bounded number of others, its own agency's other years among them, in both directions.
     */
    @Test
    void aLargeGroupOfIdenticalTextsGivesBoundedPairsWithTheAgencysOtherYearsFirst() {
        String boilerplate = sample.values().iterator().next().getString(3);
        List<Row> rows = new ArrayList<>();
        for (int agency = 0; agency < 60; agency++) {
            for (int year = 2021; year <= 2023; year++) {
                rows.add(RowFactory.create(String.format("agency-%02d-%d", agency, year), String.format("agency-%02d", agency), year, boilerplate));
            }
        }
        List<Row> pairs = NarrativeDuplicates.standard().pairs(dataset(rows)).collectAsList();

        Map<String, Set<String>> partners = new HashMap<>();
        pairs.forEach(p -> partners.computeIfAbsent(p.getString(0), k -> new HashSet<>()).add(p.getString(1)));
        assertEquals(rows.size(), partners.size(), "every report is paired");
        for (Row row : rows) {
            String id = row.getString(0);
            Set<String> own = partners.get(id);
            assertTrue(own.size() <= 2 * LshBands.WINDOW, id + " has " + own.size() + " partners");
            own.forEach(other -> assertTrue(partners.get(other).contains(id), "symmetric: " + id + " ~ " + other));
            for (int year = 2021; year <= 2023; year++) {
                String sameAgency = row.getString(1) + "-" + year;
                assertTrue(sameAgency.equals(id) || own.contains(sameAgency), id + " is paired with " + sameAgency);
            }
        }
        assertTrue(pairs.size() < rows.size() * (rows.size() - 1), "not all pairs of the group: " + pairs.size());
        pairs.forEach(p -> assertEquals(1.0, p.getDouble(4), p.toString()));
    }

    /**
     * Pairs of known Jaccard similarity (computed here over the same 5-character shingles) from 0.4 to 0.98,
     * long texts and short ones. An estimate from m independent bins has a standard error of √(J(1 − J)/m):
     * m = 128 for a long text (0.027 at J = 0.9); a 60-character text has 56 shingles, so most of its 128
     * bins are empty and borrow from the others, and about 56 bins carry information. Each estimate must lie
     * within 4 standard errors, and the mean absolute error within 1.5 mean standard errors (an unbiased
     * estimate gives about 0.8), which a biased densification would break.
     */
    @Test
    void theEstimatedSimilarityIsCloseToTheTrueJaccard() {
        List<String> bases = sample.values().stream().map(r -> r.getString(3).replaceAll("[^\\p{IsHan}]", ""))
                .filter(t -> t.length() > 300).limit(16).toList();
        List<Row> rows = new ArrayList<>();
        Map<String, Double> truth = new TreeMap<>();
        Map<String, Integer> shingles = new TreeMap<>();
        // The replacement text is another overview reversed: it shares almost no shingle with the template phrases.
        double[] replaced = {0.01, 0.03, 0.06, 0.1, 0.15, 0.2, 0.3, 0.4};
        for (int i = 0; i < replaced.length; i++) {
            String a = bases.get(i);
            String other = new StringBuilder(bases.get(i + 8)).reverse().toString();
            int cut = (int) (a.length() * (1 - replaced[i]));
            addPair(rows, truth, shingles, "long" + i, a, a.substring(0, cut) + other.substring(0, a.length() - cut));
        }
        // 60 characters, 56 shingles in 128 bins: more than half of the bins are empty.
        int[] changed = {1, 3, 6, 10, 15, 20};
        for (int i = 0; i < changed.length; i++) {
            String a = bases.get(i).substring(40, 100);
            String other = new StringBuilder(bases.get(i + 8)).reverse().toString();
            addPair(rows, truth, shingles, "short" + i, a, a.substring(0, 20) + other.substring(0, changed[i]) + a.substring(20 + changed[i]));
        }
        Map<String, String> normalized = normalizedTexts(dataset(rows));
        rows.forEach(r -> assertEquals(r.getString(3), normalized.get(r.getString(0)), "the texts are already normalized"));

        List<Row> pairs = new NarrativeDuplicates(5, 128, 64, 0.01).pairs(dataset(rows)).collectAsList();

        double errors = 0;
        double standardErrors = 0;
        for (Map.Entry<String, Double> pair : truth.entrySet()) {
            double j = pair.getValue();
            double estimate = pairs.stream().filter(p -> p.getString(0).equals(pair.getKey() + "a") && p.getString(1).equals(pair.getKey() + "b"))
                    .findFirst().orElseThrow(() -> new AssertionError("not found: " + pair.getKey())).getDouble(4);
            double bins = Math.min(128, shingles.get(pair.getKey()));
            double standardError = Math.sqrt(j * (1 - j) / bins);
            System.out.printf(Locale.ROOT, "%s: true %.3f, estimated %.3f (standard error %.3f)%n", pair.getKey(), j, estimate, standardError);
            assertTrue(Math.abs(estimate - j) <= 4 * standardError + 1e-9, pair.getKey() + ": true " + j + ", estimated " + estimate);
            errors += Math.abs(estimate - j);
            standardErrors += standardError;
        }
        assertTrue(errors <= 1.5 * standardErrors, "mean absolute error " + errors / truth.size());
        assertTrue(truth.values().stream().anyMatch(j -> j < 0.5) && truth.values().stream().anyMatch(j -> j > 0.95),
                "the pairs span the range: " + truth);
    }

    private static void addPair(List<Row> rows, Map<String, Double> truth, Map<String, Integer> shingles, String name,
                                String a, String b) {
        rows.add(RowFactory.create(name + "a", name + "-a", 2022, a));
        rows.add(RowFactory.create(name + "b", name + "-b", 2022, b));
        truth.put(name, ShingleSets.jaccard(a, b, 5));
        shingles.put(name, Math.min(ShingleSets.shingles(a, 5).size(), ShingleSets.shingles(b, 5).size()));
    }

    private static Dataset<Row> dataset(java.util.Collection<Row> rows) {
        return spark.createDataFrame(new ArrayList<>(rows), TEXTS);
    }

    private static Map<String, String> normalizedTexts(Dataset<Row> texts) {
        return texts.select(col("report_id"), NarrativeText.normalized(col("text"))).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));
    }
}
