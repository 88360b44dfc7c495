package org.gongkai.jobs.warehouse;

import org.apache.spark.sql.types.StructType;

import java.util.List;

/**
 * One table of the warehouse: its stable name (what analysts query), schema, partition columns and the
 * columns that identify a row (the MERGE key).
 */
public record TableDef(String name, StructType schema, List<String> partitionColumns, List<String> keyColumns) {
}
