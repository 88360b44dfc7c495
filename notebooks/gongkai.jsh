// Shared by the notebooks, loaded with `%load gongkai.jsh` once `%jar target/lib` has put the project's jars on
// the kernel's classpath: the Spark session on the warehouse, and the few helpers that show tables and charts.

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
// Single-name imports only: JShell resets the variables of earlier cells (the first cell's settings) whose names
// an on-demand import (x.*) might shadow.
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.internal.chartpart.Chart;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.warehouse.SparkSessions;

// The kernel's logging configuration logs everything (FINEST), which Spark's code generation cannot live with.
java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);

/**
 * A local Spark session on the warehouse that `bin/gongkai run` made, with a temporary view per table of the
 * database, named as the table: queries read the tables by name. The views read the Delta tables by path rather
 * than through the warehouse's embedded catalog, whose Derby database admits one JVM at a time: an open notebook
 * then never blocks a bin/gongkai job on the same warehouse, nor a job the notebook.
 */
SparkSession openWarehouse(String warehouse, String database) throws java.io.IOException {
    Path tables = Path.of(warehouse).toAbsolutePath().normalize().resolve(database + ".db");
    if (!Files.isDirectory(tables)) {
        throw new IllegalArgumentException("no warehouse with a database " + database + " at " + tables.getParent()
                + ": run bin/gongkai run first, or give the warehouse's path in the first cell");
    }
    GongkaiConfig config = GongkaiConfig.of(Map.of(
            GongkaiConfig.WAREHOUSE, tables.getParent().toString(),
            GongkaiConfig.DATABASE, database,
            GongkaiConfig.CATALOG, "none",
            "spark.master", "local[2]",
            "spark.sql.shuffle.partitions", "2",
            "spark.default.parallelism", "2",
            "spark.databricks.delta.snapshotPartitions", "1",
            "spark.ui.enabled", "false",
            "spark.ui.showConsoleProgress", "false"));
    SparkSession session = SparkSessions.start(config, "notebook");
    session.sparkContext().setLogLevel("WARN");
    try (var directories = Files.list(tables)) {
        for (Path table : directories.sorted().toList()) {
            if (Files.isDirectory(table.resolve("_delta_log"))) {
                session.sql("CREATE OR REPLACE TEMPORARY VIEW `" + table.getFileName() + "` AS SELECT * FROM delta.`"
                        + table.toUri() + "`");
            }
        }
    }
    return session;
}

String escapeHtml(Object value) {
    return value == null ? "" : value.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
}

String formatValue(Object value) {
    if (value == null) {
        return "";
    }
    if (value instanceof Double d) {
        if (d.isNaN()) {
            return "";
        }
        // Whole numbers (sums, counts) as such; rates and shares to four decimals.
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.format("%.4f", d);
    }
    if (value instanceof java.math.BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
    if (value instanceof scala.collection.Iterable<?> s) {
        return s.mkString("[", ", ", "]");
    }
    return value.toString();
}

/** The rows as an HTML table, at most {@code limit} of them. */
String htmlTable(Dataset<Row> rows, int limit) {
    String[] columns = rows.columns();
    List<Row> taken = rows.takeAsList(limit + 1);
    StringBuilder html = new StringBuilder("<table><thead><tr>");
    for (String column : columns) {
        html.append("<th>").append(escapeHtml(column)).append("</th>");
    }
    html.append("</tr></thead><tbody>");
    for (Row row : taken.subList(0, Math.min(limit, taken.size()))) {
        html.append("<tr>");
        for (int i = 0; i < columns.length; i++) {
            html.append(row.get(i) instanceof Number ? "<td style=\"text-align:right\">" : "<td>")
                    .append(escapeHtml(formatValue(row.get(i)))).append("</td>");
        }
        html.append("</tr>");
    }
    html.append("</tbody></table>");
    if (taken.size() > limit) {
        html.append("<p>first ").append(limit).append(" rows shown</p>");
    }
    return html.toString();
}

// Distinct names rather than overloads: JShell leaves a method that calls its own overload unresolved.

/** Shows the rows as a table (the first 50). */
void show(Dataset<Row> rows) {
    display("text/html", htmlTable(rows, 50));
}

/** Shows the first {@code limit} rows as a table. */
void showFirst(Dataset<Row> rows, int limit) {
    display("text/html", htmlTable(rows, limit));
}

/** The column's values, in row order, as strings (category labels). */
List<String> labels(List<Row> rows, String column) {
    List<String> values = new ArrayList<>();
    rows.forEach(row -> values.add(String.valueOf((Object) row.getAs(column))));
    return values;
}

/** The column's values, in row order, as numbers (null where the table has none: the chart leaves a gap). */
List<Double> numbers(List<Row> rows, String column) {
    List<Double> values = new ArrayList<>();
    rows.forEach(row -> {
        Object value = row.getAs(column);
        values.add(value == null ? null : ((Number) value).doubleValue());
    });
    return values;
}

/**
 * Adds one series per distinct value of {@code series}, in that column's order (years ascending): each has a bar
 * per value of {@code category}, in the rows' order, of height {@code value} (none where the row is missing).
 */
void addSeriesBy(CategoryChart chart, List<Row> rows, String category, String series, String value) {
    List<String> categories = labels(rows, category).stream().distinct().toList();
    if (categories.size() > 8) {
        // Provinces' names side by side run into each other: slanted, each stays readable.
        chart.getStyler().setXAxisLabelRotation(45);
    }
    Map<String, Map<String, Double>> bySeries = new TreeMap<>();
    for (Row row : rows) {
        Object v = row.getAs(value);
        bySeries.computeIfAbsent(String.valueOf((Object) row.getAs(series)), k -> new HashMap<>())
                .put(String.valueOf((Object) row.getAs(category)), v == null ? null : ((Number) v).doubleValue());
    }
    bySeries.forEach((name, values) -> chart.addSeries(name, categories,
            categories.stream().map(values::get).toList()));
}

/** A bar chart with the notebooks' common look; add series to it, then plot it. */
CategoryChart barChart(String title, String xTitle, String yTitle) {
    CategoryChart chart = new CategoryChartBuilder().width(900).height(420)
            .title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    chart.getStyler().setAvailableSpaceFill(0.8);
    // A label under every bar group: XChart otherwise skips labels closer than 74 pixels.
    chart.getStyler().setXAxisTickMarkSpacingHint(20);
    return chart;
}

/** Shows the chart as a PNG image in the notebook. */
void plot(Chart<?, ?> chart) {
    display(BitmapEncoder.getBufferedImage(chart));
}

/**
 * The rule catalog as a view, {@code rule_catalog} (rule_id, kind, severity, zh, en, cross_year): what each
 * rule_id of rule_results checks, in Chinese and English; cross_year where it reads the previous report too.
 */
void registerRuleCatalog(SparkSession session) {
    List<Row> rules = new ArrayList<>();
    for (org.gongkai.rules.Rule rule : org.gongkai.rules.RuleCatalog.standard().rules()) {
        boolean crossYear = rule instanceof org.gongkai.rules.IdentityRule identity && identity.crossYear()
                || rule instanceof org.gongkai.rules.CopyRule;
        var info = rule.info();
        rules.add(org.apache.spark.sql.RowFactory.create(info.id(), info.kind(), info.severity().code(),
                info.zh(), info.en(), crossYear));
    }
    var type = org.apache.spark.sql.types.DataTypes.StringType;
    session.createDataFrame(rules, new org.apache.spark.sql.types.StructType()
                    .add("rule_id", type).add("kind", type).add("severity", type).add("zh", type).add("en", type)
                    .add("cross_year", org.apache.spark.sql.types.DataTypes.BooleanType))
            .createOrReplaceTempView("rule_catalog");
}
