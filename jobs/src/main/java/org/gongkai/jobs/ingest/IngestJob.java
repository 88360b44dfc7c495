package org.gongkai.jobs.ingest;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.warehouse.HadoopSettings;
import org.gongkai.jobs.warehouse.RunIds;
import org.gongkai.jobs.warehouse.RunScratch;
import org.gongkai.jobs.warehouse.ScalaValues;
import org.gongkai.jobs.warehouse.TableDef;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.jobs.warehouse.Warehouse;
import org.gongkai.parse.ReportParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

/**
 * The ingest job: inputs (raw report files, crawl and normalized-report JSON Lines, manifests) into the
 * raw_files, reports, cells and quarantine tables. One method per step; parsing happens in the executors;
 * the driver only sees counts.
 */
public final class IngestJob {

    /**
     * @param inputs    files, directories or globs (any Hadoop URI)
     * @param manifests manifest CSVs whose values win over what the text suggests
     * @param since     read only files modified after this instant (null: everything)
     */
    public record Options(List<String> inputs, List<String> manifests, Instant since) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

    private static final List<TableDef> TABLES = List.of(Tables.RAW_FILES, Tables.REPORTS, Tables.CELLS,
            Tables.QUARANTINE, Tables.INGEST_RUNS);

    private final SparkSession spark;
    private final Warehouse warehouse;
    private final GongkaiConfig config;
    private final String runId;
    private final RunScratch scratch;

    public IngestJob(SparkSession spark, Warehouse warehouse, GongkaiConfig config) {
        this.spark = spark;
        this.warehouse = warehouse;
        this.config = config;
        this.runId = RunIds.next();
        this.scratch = new RunScratch(spark, warehouse.location(), "ingest", runId);
    }

    public IngestSummary run(Options options) {
        Instant started = Instant.now();
        createTables();
        LOG.info("tables ready in {} s", seconds(started));
        InputListing listing = new InputListing(spark, config.getLong(GongkaiConfig.MAX_RECORD_BYTES, 32L << 20));
        InputListing.Paths paths = listing.check(options.inputs());
        // Both are read several times (writes, counts): the listing is cached and the parsed rows are staged
        // as Parquet beside the warehouse, so nothing is hashed or parsed twice and the corpus streams through
        // the executors without being held (a cached batch of wide rows, ~200 cells each, would be). The
        // pinned table snapshots (see withoutUnchanged) keep a recomputation from seeing this run's writes.
        Dataset<Row> listed = listInputs(listing, paths, options).persist(StorageLevel.DISK_ONLY());
        Dataset<Row> fresh = withoutUnchanged(listed);
        Dataset<Row> existingReports = warehouse.snapshot(Tables.REPORTS);
        Dataset<Row> parsed = stage(parse(fresh, options.manifests(), paths.unreadable(), existingReports));
        LOG.info("{} inputs parsed", parsed.count());
        Timestamp now = Timestamp.from(Instant.now());
        LOG.info("listed, hashed and parsed the inputs in {} s", seconds(started));
        new IngestWriter(warehouse).write(parsed, existingReports, runId, now);
        LOG.info("wrote the tables: {} s since the start", seconds(started));
        IngestSummary summary = summarize(listed, fresh, parsed, paths.unreadable().size());
        logRun(options, summary, listed, started);
        LOG.info("ingest run {} done in {} s", runId, seconds(started));
        listed.unpersist();
        scratch.delete();
        return summary;
    }

    private Dataset<Row> stage(Dataset<Row> parsed) {
        // A staged row is wide (the bytes and ~200 cells): read it back in small column batches, as a
        // 4,096-row batch of them would take hundreds of MB.
        spark.conf().set("spark.sql.parquet.columnarReaderBatchSize", "256");
        return scratch.stage(parsed, "parsed");
    }

    private static long seconds(Instant since) {
        return Duration.between(since, Instant.now()).toSeconds();
    }

    private void createTables() {
        TABLES.forEach(warehouse::ensure);
    }

    private Dataset<Row> listInputs(InputListing listing, InputListing.Paths paths, Options options) {
        if (paths.readable().isEmpty()) {
            return spark.createDataFrame(List.of(), InputListing.SCHEMA);
        }
        HadoopSettings hadoop = new HadoopSettings(spark);
        List<String> manifests = new ArrayList<>();
        for (String manifest : options.manifests()) {
            try {
                manifests.add(hadoop.qualified(new Path(manifest)).toString());
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the manifest " + manifest + ": " + e.getMessage(), e);
            }
        }
        try {
            return listing.list(paths.readable(), options.since(), manifests,
                    scratch.directory() + "/listing.txt");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list the inputs: " + e.getMessage(), e);
        }
    }

    /** Inputs whose URI and bytes are already in raw_files were ingested by an earlier run. */
    private Dataset<Row> withoutUnchanged(Dataset<Row> listed) {
        Dataset<Row> known = warehouse.snapshot(Tables.RAW_FILES).select("uri", "sha256");
        return listed.join(known, listed.col("uri").equalTo(known.col("uri"))
                .and(listed.col("sha256").equalTo(known.col("sha256"))), "left_anti");
    }

    private Dataset<Row> parse(Dataset<Row> fresh, List<String> manifests, List<String[]> unreadable,
                               Dataset<Row> existingReports) {
        Dataset<Row> manifest = new ManifestTable(spark).read(manifests);
        Dataset<Row> withManifest = fresh.join(manifest, "match_key", "left");
        Dataset<Row> parsed = InputParsing.parse(withManifest, new HadoopSettings(spark),
                config.getLong(GongkaiConfig.MAX_FILE_BYTES, ReportParser.DEFAULT_MAX_BYTES), runId, ReportRows.parserVersion());
        Dataset<Row> unreadablePaths = spark.createDataFrame(unreadable.stream()
                .map(path -> RowFactory.create(path[0], "", "path", 0L, null, null, ParsedRows.QUARANTINE,
                        QuarantineReason.UNREADABLE_PATH.code(), path[1], null, ScalaValues.seq(List.of())))
                .toList(), ParsedRows.SCHEMA);
        return Duplicates.mark(parsed.unionByName(unreadablePaths), existingReports.select("input_uri", "source_sha256"));
    }

    /**
     * Counts each side of the reconciliation on its own (inputs listed, inputs already known, outcomes of
     * the parsed rows), so that an input lost between listing and writing shows as a difference.
     */
    private IngestSummary summarize(Dataset<Row> listed, Dataset<Row> fresh, Dataset<Row> parsed, long unreadablePaths) {
        long listedCount = listed.count();
        long read = listedCount + unreadablePaths;
        long unchanged = listedCount - fresh.count();
        Map<String, Long> quarantined = new HashMap<>();
        long reports = 0;
        for (Row outcome : parsed.groupBy("outcome", "reason").count().collectAsList()) {
            if (outcome.getString(0).equals(ParsedRows.REPORT)) {
                reports += outcome.getLong(2);
            } else {
                quarantined.merge(outcome.getString(1), outcome.getLong(2), Long::sum);
            }
        }
        String tables = Stream.of(Tables.RAW_FILES, Tables.REPORTS, Tables.CELLS, Tables.QUARANTINE)
                .map(warehouse.location()::sqlName).collect(Collectors.joining(", "))
                + " (warehouse " + warehouse.location().root() + ")";
        return new IngestSummary(runId, read, unchanged, reports, quarantined, tables);
    }

    /** The run's line in ingest_runs: its reconciliation and the checkpoint a later {@code --since last} uses. */
    private void logRun(Options options, IngestSummary summary, Dataset<Row> listed, Instant started) {
        Timestamp newest = listed.agg(max("modified_at")).first().getTimestamp(0);
        Row run = RowFactory.create(runId, Timestamp.from(started), Timestamp.from(Instant.now()),
                ScalaValues.seq(options.inputs()), summary.inputsRead(), summary.unchanged(), summary.reportsWritten(),
                ScalaValues.map(summary.quarantinedByReason()), newest);
        warehouse.append(Tables.INGEST_RUNS, spark.createDataFrame(List.of(run), Tables.INGEST_RUNS.schema()));
    }

    /** The newest file modification time any earlier run read: where {@code --since last} starts. */
    public Instant lastCheckpoint() {
        createTables();
        Timestamp newest = warehouse.read(Tables.INGEST_RUNS).agg(max("max_modified_at")).first().getTimestamp(0);
        return newest == null ? null : newest.toInstant();
    }
}
