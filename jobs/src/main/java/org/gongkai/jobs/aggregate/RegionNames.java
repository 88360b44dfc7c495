package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gongkai.region.Region;
import org.gongkai.region.RegionLevel;
import org.gongkai.region.RegionRegistry;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of the regions the gold tables group by (region_code → region_name): 全国 for the nation, the registry's
 * name for provinces, prefectures and counties. A placeholder prefecture (市辖区, 县, 省直辖县级行政区划) is no place of
 * its own, so it is named after its province: 北京市市辖区. A few thousand rows: joined as a broadcast.
 */
public final class RegionNames {

    public static final String NATION_CODE = "CN";
    public static final String NATION_NAME = "全国";

    static final StructType SCHEMA = new StructType()
            .add("region_code", DataTypes.StringType, false)
            .add("region_name", DataTypes.StringType, false);

    private RegionNames() {
    }

    /** The names of the standard registry (NBS 2023). */
    public static Dataset<Row> standard(SparkSession spark) {
        return of(spark, RegionRegistry.standard());
    }

    public static Dataset<Row> of(SparkSession spark, RegionRegistry registry) {
        List<Row> rows = new ArrayList<>();
        rows.add(RowFactory.create(NATION_CODE, NATION_NAME));
        for (RegionLevel level : List.of(RegionLevel.PROVINCE, RegionLevel.PREFECTURE, RegionLevel.COUNTY)) {
            for (Region region : registry.all(level)) {
                rows.add(RowFactory.create(region.code(), name(registry, region)));
            }
        }
        return spark.createDataFrame(rows, SCHEMA);
    }

    static String name(RegionRegistry registry, Region region) {
        return region.isPlaceholder()
                ? registry.parent(region).map(Region::name).orElse("") + region.name()
                : region.name();
    }
}
