package org.gongkai.jobs.ingest;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

/**
 * The same report bytes arriving under more than one URI (one report posted on several portals, a
 * normalized record of a file also read raw) land once: the version already in the table, else the
 * smallest URI, is the report; the others are quarantined as {@code duplicate}, naming the one kept.
 * (A duplicate keeps its parsed report and cells in the row; the tables take them only from reports.)
 */
public final class Duplicates {

    private Duplicates() {
    }

    /**
     * @param parsed   {@link ParsedRows} rows of this run
     * @param existing the reports table (input_uri, source_sha256)
     */
    public static Dataset<Row> mark(Dataset<Row> parsed, Dataset<Row> existing) {
        Dataset<Row> candidates = existing.select(col("source_sha256").as("dup_sha"),
                        struct(lit(0).as("rank"), col("input_uri").as("uri")).as("claim"))
                .unionByName(parsed.filter(col("outcome").equalTo(ParsedRows.REPORT))
                        .select(col("report.source_sha256").as("dup_sha"),
                                struct(lit(1).as("rank"), col("uri")).as("claim")));
        Dataset<Row> kept = candidates.groupBy("dup_sha").agg(min("claim").getField("uri").as("kept_uri"));
        Dataset<Row> joined = parsed.join(kept, parsed.col("report.source_sha256").equalTo(kept.col("dup_sha")), "left");
        Column duplicate = col("outcome").equalTo(ParsedRows.REPORT).and(col("kept_uri").notEqual(col("uri")));
        return joined.select(col("uri"), col("sha256"), col("kind"), col("size"), col("modified_at"), col("bytes"),
                when(duplicate, lit(ParsedRows.QUARANTINE)).otherwise(col("outcome")).as("outcome"),
                when(duplicate, lit(QuarantineReason.DUPLICATE.code())).otherwise(col("reason")).as("reason"),
                when(duplicate, concat(lit("the same report (sha256 "), col("dup_sha").substr(1, 12),
                        lit("…) was already read from "), col("kept_uri"))).otherwise(col("message")).as("message"),
                col("report"), col("cells"));
    }
}
