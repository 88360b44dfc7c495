package org.gongkai.jobs.ingest;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.gongkai.jobs.warehouse.HadoopSettings;

import java.io.IOException;
import java.net.URI;
import java.sql.Timestamp;
import java.util.Iterator;

/**
 * Step two of ingest, in the executors: read each new input's bytes, run the {@link InputTransform} on it
 * and turn the result into a {@link ParsedRows} row. One transform (parser, region registry) per partition.
 */
public final class InputParsing {

    private InputParsing() {
    }

    /**
     * @param inputs the listing's rows joined with the manifest's (match_key, manifest, manifest_conflict)
     */
    public static Dataset<Row> parse(Dataset<Row> inputs, HadoopSettings hadoop, long maxFileBytes, String runId,
                                     String parserVersion) {
        MapPartitionsFunction<Row, Row> parseAll = rows -> {
            InputTransform transform = new InputTransform(maxFileBytes);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    IngestResult result = parseOne(rows.next(), transform, hadoop, maxFileBytes);
                    try {
                        return ParsedRows.toRow(result, runId, parserVersion);
                    } catch (RuntimeException e) {
                        // A report the tables cannot hold is a bug to fix, not a reason to stop the run.
                        return ParsedRows.toRow(IngestResult.quarantined(result.input(), result.sha256(), result.kind(),
                                QuarantineReason.PARSER_ERROR, "cannot store the report: " + e), runId, parserVersion);
                    }
                }
            };
        };
        return inputs.mapPartitions(parseAll, Encoders.row(ParsedRows.SCHEMA));
    }

    private static IngestResult parseOne(Row row, InputTransform transform, HadoopSettings hadoop, long maxFileBytes) {
        String uri = row.getAs("uri");
        String kind = row.getAs("kind");
        long size = row.<Long>getAs("size");
        Timestamp modified = row.getAs("modified_at");
        String sha256 = row.getAs("sha256");
        Row manifestRow = row.getAs("manifest");
        String conflict = row.getAs("manifest_conflict");
        ManifestEntry manifest = ManifestEntry.NONE;
        if (manifestRow != null) {
            String year = manifestRow.getAs("year");
            manifest = new ManifestEntry(manifestRow.getAs("agency"), manifestRow.getAs("region_code"),
                    manifestRow.getAs("level"), manifestRow.getAs("scope"), null, manifestRow.getAs("published_on"),
                    manifestRow.getAs("source_url"));
            if (year != null && !year.matches("\\d{4}")) {
                conflict = "manifest: year must be four digits, got: " + year;
            } else if (year != null) {
                manifest = new ManifestEntry(manifest.agency(), manifest.regionCode(), manifest.level(),
                        manifest.scope(), Integer.valueOf(year), manifest.publishedOn(), manifest.sourceUrl());
            }
        }
        byte[] bytes = row.getAs("content");
        IngestInput unread = new IngestInput(uri, kind, null, sha256, size,
                modified == null ? null : modified.toInstant(), manifest, conflict);
        String unreadable = row.getAs("unreadable");
        if (unreadable != null) {
            return IngestResult.quarantined(unread, sha256, kind, QuarantineReason.UNREADABLE_PATH, unreadable);
        }
        if (kind.equals(IngestInput.FILE) && size <= maxFileBytes) {
            try {
                bytes = readAll(hadoop, uri);
            } catch (IOException e) {
                return IngestResult.quarantined(unread, sha256, kind, QuarantineReason.UNREADABLE_PATH,
                        String.valueOf(e.getMessage()));
            }
        }
        return transform.apply(new IngestInput(uri, kind, bytes, sha256, size, unread.modifiedAt(), manifest, conflict));
    }

    private static byte[] readAll(HadoopSettings hadoop, String uri) throws IOException {
        Path path = new Path(URI.create(uri));
        try (FSDataInputStream in = hadoop.fileSystem(path).open(path)) {
            return in.readAllBytes();
        }
    }
}
