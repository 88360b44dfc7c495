package org.gongkai.jobs.warehouse;

import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.config.GongkaiConfig;

/**
 * Starts the Spark session every job runs in: Delta Lake enabled, the warehouse from the configuration,
 * and (catalog {@code hive}) an embedded Hive/Derby catalog beside it, so tables registered by one run are
 * found by the next; (catalog {@code external}) the Hive metastore the cluster configures. The master comes from the configuration or spark-submit; {@code local[*]} otherwise.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    public static SparkSession start(GongkaiConfig config, String jobName) {
        WarehouseLocation location = WarehouseLocation.of(config);
        SparkSession.Builder builder = SparkSession.builder().appName("gongkai " + jobName)
                // Validation's wide report row has ~500 columns and a self-join: inferring filters from constraints
                // over it takes the optimizer minutes and gains nothing. A configuration can still turn it back on.
                .config("spark.sql.constraintPropagation.enabled", "false");
        config.sparkSettings().forEach(builder::config);
        if (config.get("spark.master", System.getProperty("spark.master")) == null) {
            builder.master("local[*]");
        }
        builder.config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.warehouse.dir", location.root());
        if (location.usesCatalog()) {
            builder.enableHiveSupport();
        }
        // The external catalog is the cluster's Hive metastore (hive-site.xml, spark.hadoop.hive.metastore.uris), as is.
        if (location.usesCatalog() && !config.get(GongkaiConfig.CATALOG, "hive").equals("external")) {
            location.checkCatalogFree();
            // Derby writes its log into the working directory unless told otherwise.
            location.createLocalRoot();
            System.setProperty("derby.stream.error.file", location.derbyLog());
            builder.config("spark.hadoop.javax.jdo.option.ConnectionURL", location.metastoreUrl());
        }
        return builder.getOrCreate();
    }
}
