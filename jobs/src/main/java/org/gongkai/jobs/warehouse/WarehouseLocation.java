package org.gongkai.jobs.warehouse;

import org.gongkai.jobs.config.GongkaiConfig;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the tables live: a root directory (local path or any Hadoop URI), the database name, and whether
 * tables are registered in a catalog or addressed by path only.
 */
public record WarehouseLocation(String root, String database, boolean usesCatalog) {

    public static WarehouseLocation of(GongkaiConfig config) {
        String root = config.get(GongkaiConfig.WAREHOUSE, "warehouse");
        String catalog = config.get(GongkaiConfig.CATALOG, "hive");
        if (!catalog.equals("hive") && !catalog.equals("none")) {
            throw new IllegalArgumentException(GongkaiConfig.CATALOG + " must be hive or none, got: " + catalog);
        }
        return new WarehouseLocation(absolute(root), config.get(GongkaiConfig.DATABASE, "gongkai"), catalog.equals("hive"));
    }

    private static String absolute(String root) {
        if (URI.create(root.replace('\\', '/')).getScheme() != null && !root.matches("^[A-Za-z]:.*")) {
            return root.replaceAll("/+$", "");
        }
        return Path.of(root).toAbsolutePath().normalize().toString();
    }

    /** The directory a table's Delta files are in. */
    public String tablePath(TableDef table) {
        return tablePath(table.name());
    }

    public String tablePath(String tableName) {
        return root + "/" + database + ".db/" + tableName;
    }

    /** How SQL names the table: {@code gongkai.reports}, or {@code delta.`/path`} without a catalog. */
    public String sqlName(TableDef table) {
        return sqlName(table.name());
    }

    public String sqlName(String tableName) {
        return usesCatalog ? database + "." + tableName : "delta.`" + tablePath(tableName) + "`";
    }

    String metastoreUrl() {
        return "jdbc:derby:;databaseName=" + root + "/metastore_db;create=true";
    }

    /** The embedded catalog is a local Derby database: its directory must exist before Derby starts. */
    void createLocalRoot() {
        if (!root.contains("://") && !root.startsWith("file:")) {
            try {
                java.nio.file.Files.createDirectories(Path.of(root));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("cannot create the warehouse " + root + ": " + e.getMessage(), e);
            }
        }
    }

    String derbyLog() {
        return root + "/derby.log";
    }
}
