package org.gongkai.jobs.ingest;

import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gongkai.jobs.warehouse.HadoopSettings;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

/**
 * Manifest CSVs (header {@code file,agency,region_code,level,scope,year,published_on,source_url}; any
 * column but {@code file} may be absent or empty): one row per input they name, keyed like the listing's
 * {@code match_key}. A relative {@code file} is relative to the manifest's directory. Rows that disagree
 * about one file leave it without values and with the reason, so that it is quarantined.
 */
public final class ManifestTable {

    static final List<String> VALUE_COLUMNS = List.of("agency", "region_code", "level", "scope", "year",
            "published_on", "source_url");

    /** match_key, manifest (struct of the value columns, strings), manifest_conflict. */
    private static final StructType KEYED = new StructType()
            .add("match_key", DataTypes.StringType, false)
            .add("manifest", valueStruct(), false);

    private final SparkSession spark;

    public ManifestTable(SparkSession spark) {
        this.spark = spark;
    }

    public Dataset<Row> read(List<String> manifests) {
        Dataset<Row> keyed = null;
        for (String manifest : manifests) {
            Dataset<Row> one = keyedRows(manifest);
            keyed = keyed == null ? one : keyed.unionByName(one);
        }
        if (keyed == null) {
            return spark.createDataFrame(List.of(), KEYED)
                    .withColumn("manifest_conflict", lit(null).cast(DataTypes.StringType));
        }
        Dataset<Row> grouped = keyed.groupBy("match_key").agg(collect_set("manifest").as("entries"));
        Column agrees = size(col("entries")).equalTo(1);
        return grouped.select(col("match_key"),
                when(agrees, element_at(col("entries"), 1)).as("manifest"),
                when(not(agrees), concat(lit("the manifest has "), size(col("entries")).cast(DataTypes.StringType),
                        lit(" different rows for this input: "), to_json(col("entries")))).as("manifest_conflict"));
    }

    private Dataset<Row> keyedRows(String manifest) {
        Dataset<Row> rows = spark.read().option("header", "true").option("encoding", "UTF-8")
                .option("mode", "PERMISSIVE").csv(manifest);
        List<String> columns = Arrays.stream(rows.columns()).map(c -> c.replace("\uFEFF", "").strip()).toList();
        rows = rows.toDF(columns.toArray(String[]::new));
        if (!columns.contains("file")) {
            throw new IllegalArgumentException("the manifest " + manifest + " has no 'file' column (its header: "
                    + columns + ")");
        }
        for (String column : VALUE_COLUMNS) {
            if (!columns.contains(column)) {
                rows = rows.withColumn(column, lit(null).cast(DataTypes.StringType));
            }
        }
        HadoopSettings hadoop = new HadoopSettings(spark);
        String directory = directoryOf(hadoop, manifest);
        MapFunction<Row, Row> resolve = row -> RowFactory.create(resolve(hadoop, directory, row.getString(0)),
                RowFactory.create(VALUE_COLUMNS.stream().map(c -> blankToNull(row.getAs(c))).toArray()));
        List<Column> selected = new ArrayList<>(List.of(col("file")));
        VALUE_COLUMNS.forEach(c -> selected.add(col(c)));
        return rows.filter(col("file").isNotNull()).select(selected.toArray(Column[]::new))
                .map(resolve, Encoders.row(KEYED));
    }

    private static String directoryOf(HadoopSettings hadoop, String manifest) {
        try {
            return hadoop.qualified(new Path(manifest)).getParent().toString();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the manifest " + manifest + ": " + e.getMessage(), e);
        }
    }

    /** A URL stays as it is; a path becomes the fully qualified URI that Spark's file listing reports. */
    static String resolve(HadoopSettings hadoop, String directory, String file) throws IOException {
        String trimmed = file.strip();
        URI uri = URI.create(trimmed.replace(" ", "%20"));
        if (uri.getScheme() != null && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            return trimmed;
        }
        Path path = uri.getScheme() != null || trimmed.startsWith("/") ? new Path(trimmed) : new Path(directory, trimmed);
        return hadoop.qualified(path).toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static StructType valueStruct() {
        StructType struct = new StructType();
        for (String column : VALUE_COLUMNS) {
            struct = struct.add(column, DataTypes.StringType, true);
        }
        return struct;
    }
}
