package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * Candidate pairs by locality-sensitive hashing: the signature is cut into {@code bands} bands of
 * {@code rows} bins, and two texts whose signatures are equal in at least one band (their band hashes fall
 * into the same bucket) are a candidate pair. Two texts of Jaccard similarity s become a candidate with
 * probability 1 − (1 − s^rows)^bands.
 * <p>
 * A bucket pairs each member with the {@value #WINDOW} members that follow it in (agency_key, year,
 * report_id) order, so a bucket of up to {@value #WINDOW} + 1 members gives all its pairs. A larger bucket
 * (thousands of reports with the same boilerplate overview) would give millions of pairs; there each member
 * still meets its neighbours, which puts an agency's other years first, and cost stays linear in the
 * bucket's size. Nothing is dropped silently: every member of a large bucket is paired with up to
 * 2 × {@value #WINDOW} of the others.
 */
final class LshBands {

    /** How many following members of its bucket a member is paired with. */
    static final int WINDOW = 50;

    private final int bands;
    private final int rows;

    LshBands(int bands, int rows) {
        this.bands = bands;
        this.rows = rows;
    }

    /**
     * The distinct candidate pairs among {@code signed} (report_id, agency_key, year, signature) as columns
     * a and b, the two report_ids with a &lt; b.
     */
    Dataset<Row> candidates(Dataset<Row> signed) {
        Dataset<Row> bucketed = signed.select(col("report_id"), col("agency_key"), col("year"),
                explode(bucketsOf(col("signature"))).as("bucket"));
        Dataset<Row> buckets = bucketed
                .groupBy("bucket")
                .agg(sort_array(collect_list(struct(col("agency_key"), col("year"), col("report_id")))).as("members"))
                .filter(size(col("members")).gt(1));
        Dataset<Row> pairs = buckets.select(expr(String.format(
                "explode(flatten(transform(sequence(0, size(members) - 2), i -> transform("
                        + "sequence(i + 1, least(i + %d, size(members) - 1)),"
                        + " j -> struct(members[i].report_id as x, members[j].report_id as y)))))", WINDOW)).as("pair"));
        return pairs
                .select(least(col("pair.x"), col("pair.y")).as("a"), greatest(col("pair.x"), col("pair.y")).as("b"))
                .filter(col("a").notEqual(col("b")))
                .distinct();
    }

    /**
     * The bucket of each band: a hash of the band's index and values. Written out band by band rather than as a
     * lambda over the bands, so that Spark compiles it (a null signature gives no buckets).
     */
    private Column bucketsOf(Column signature) {
        Column[] buckets = new Column[bands];
        for (int band = 0; band < bands; band++) {
            buckets[band] = xxhash64(lit(band), slice(signature, band * rows + 1, rows));
        }
        return when(signature.isNotNull(), array(buckets));
    }
}
