package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.jdk.javaapi.CollectionConverters;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.grouping;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * Sums additive facts by region and by any set of other dimensions in one aggregation with GROUPING SETS. A fact
 * row carries the codes of the regions it lies in (province_code, prefecture_code, county_code; null above its
 * own level) and counts in the nation and in each of them. The facts are first summed at the finest grain (every
 * code and dimension), which is what the grouping sets then multiply.
 *
 * <p>A dimension rolled up is {@code all} in the result. A group whose grouped region code or dimension is null
 * (a prefecture-level agency has no county; a fact that carries no dimension value) is no group and is left out.
 */
final class RegionRollup {

    static final String ALL = "all";
    static final String NATION = "nation";
    static final List<String> REGION_CODES = List.of("province_code", "prefecture_code", "county_code");
    private static final List<String> REGION_LEVELS = List.of("province", "prefecture", "county");

    private final Dataset<Row> regionNames;

    RegionRollup(Dataset<Row> regionNames) {
        this.regionNames = regionNames;
    }

    /**
     * @param keys     dimensions grouped in every row (year, …)
     * @param rolled   dimensions that some grouping sets roll up to {@code all}
     * @param sets     the combinations of {@code rolled} to group by, each crossed with every region level
     * @param measures additive columns, summed
     * @return region_level, region_code, region_name, the keys, the rolled dimensions and the measures
     */
    Dataset<Row> sum(Dataset<Row> facts, List<String> keys, List<String> rolled, List<List<String>> sets,
                     List<String> measures) {
        List<String> dimensions = concat(REGION_CODES, keys, rolled);
        Dataset<Row> finest = aggregate(facts.groupBy(columns(dimensions)), sums(measures));
        List<List<String>> groupingSets = new ArrayList<>();
        for (String regionCode : concat(List.of(NATION), REGION_CODES)) {
            List<String> region = regionCode.equals(NATION) ? List.of() : List.of(regionCode);
            for (List<String> set : sets) {
                groupingSets.add(concat(region, keys, set));
            }
        }
        List<Column> aggregates = new ArrayList<>(sums(measures));
        concat(REGION_CODES, rolled).forEach(d -> aggregates.add(grouping(col(d)).as(rolledUp(d))));
        Dataset<Row> grouped = aggregate(finest.groupingSets(scalaSets(groupingSets), columns(dimensions)), aggregates);

        Column level = lit(NATION);
        Column code = lit(RegionNames.NATION_CODE);
        for (int i = 0; i < REGION_CODES.size(); i++) {
            Column groupedBy = col(rolledUp(REGION_CODES.get(i))).equalTo(0);
            level = when(groupedBy, lit(REGION_LEVELS.get(i))).otherwise(level);
            code = when(groupedBy, col(REGION_CODES.get(i))).otherwise(code);
        }
        Dataset<Row> labelled = grouped.withColumn("region_level", level).withColumn("region_code", code)
                .filter(col("region_code").isNotNull());
        for (String dimension : rolled) {
            Column rolledUp = col(rolledUp(dimension)).equalTo(1);
            labelled = labelled.filter(rolledUp.or(col(dimension).isNotNull()))
                    .withColumn(dimension, when(rolledUp, lit(ALL)).otherwise(col(dimension)));
        }
        return withNames(labelled).select(columns(concat(List.of("region_level", "region_code", "region_name"),
                keys, rolled, measures)));
    }

    /** The rows with region_name beside their region_code (null for a code the registry does not know). */
    Dataset<Row> withNames(Dataset<Row> rows) {
        return rows.join(broadcast(regionNames), new String[]{"region_code"}, "left");
    }

    private static List<Column> sums(List<String> measures) {
        return measures.stream().map(m -> org.apache.spark.sql.functions.sum(col(m)).as(m)).toList();
    }

    /** grouping(): 1 where the grouping set rolled the dimension up. */
    private static String rolledUp(String dimension) {
        return "_rolled_up_" + dimension;
    }

    private static Dataset<Row> aggregate(org.apache.spark.sql.RelationalGroupedDataset groups, List<Column> aggregates) {
        return groups.agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
    }

    static Column[] columns(List<String> names) {
        return names.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }

    private static scala.collection.immutable.Seq<scala.collection.immutable.Seq<Column>> scalaSets(List<List<String>> sets) {
        List<scala.collection.immutable.Seq<Column>> converted = sets.stream()
                .map(set -> CollectionConverters.asScala(List.of(columns(set))).toSeq()).toList();
        return CollectionConverters.asScala(converted).toSeq();
    }

    @SafeVarargs
    static List<String> concat(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
