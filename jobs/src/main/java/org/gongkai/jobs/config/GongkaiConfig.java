package org.gongkai.jobs.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A job's settings: a properties file from {@code conf/} overlaid with {@code --set key=value} overrides.
 * Keys under {@code spark.} go to the Spark session as they are; {@code gongkai.} keys are ours.
 */
public final class GongkaiConfig {

    public static final String WAREHOUSE = "gongkai.warehouse";
    public static final String DATABASE = "gongkai.database";
    public static final String CATALOG = "gongkai.catalog";
    public static final String MAX_FILE_BYTES = "gongkai.ingest.max-file-bytes";
    public static final String MAX_RECORD_BYTES = "gongkai.ingest.max-record-bytes";
    public static final String VALIDATE_ACTION = "gongkai.validate.action.";
    public static final String VALIDATE_MAX_ERROR_SHARE = "gongkai.validate.max-error-share";

    private final Map<String, String> settings;

    private GongkaiConfig(Map<String, String> settings) {
        this.settings = Map.copyOf(settings);
    }

    /** The file's settings (none if {@code file} is null) with the overrides, each {@code key=value}, on top. */
    public static GongkaiConfig load(Path file, List<String> overrides) {
        return load(file == null ? List.of() : List.of(file), overrides);
    }

    /**
     * The files' settings, a later file's keys over an earlier one's (a cluster's settings, then a nightly run's), with
     * the overrides, each {@code key=value}, on top.
     */
    public static GongkaiConfig load(List<Path> files, List<String> overrides) {
        Map<String, String> settings = new TreeMap<>();
        for (Path file : files) {
            settings.putAll(readProperties(file));
        }
        for (String override : overrides) {
            int eq = override.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--set expects key=value, got: " + override);
            }
            settings.put(override.substring(0, eq).strip(), override.substring(eq + 1).strip());
        }
        return new GongkaiConfig(settings);
    }

    public static GongkaiConfig of(Map<String, String> settings) {
        return new GongkaiConfig(settings);
    }

    private static Map<String, String> readProperties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the configuration " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> settings = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key).strip()));
        return settings;
    }

    public String get(String key, String defaultValue) {
        return settings.getOrDefault(key, defaultValue);
    }

    public long getLong(String key, long defaultValue) {
        String value = settings.get(key);
        try {
            return value == null ? defaultValue : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got: " + value, e);
        }
    }

    /** The settings meant for Spark, in key order. */
    public Map<String, String> sparkSettings() {
        Map<String, String> spark = new TreeMap<>();
        settings.forEach((key, value) -> {
            if (key.startsWith("spark.")) {
                spark.put(key, value);
            }
        });
        return spark;
    }

    /** The settings whose key starts with {@code prefix}, keyed by the rest of the key. */
    public Map<String, String> under(String prefix) {
        Map<String, String> found = new TreeMap<>();
        settings.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                found.put(key.substring(prefix.length()), value);
            }
        });
        return found;
    }

    /** The same settings with one more override. */
    public GongkaiConfig with(String key, String value) {
        Map<String, String> copy = new TreeMap<>(settings);
        copy.put(key, value);
        return new GongkaiConfig(copy);
    }
}
