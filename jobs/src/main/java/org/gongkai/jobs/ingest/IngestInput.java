package org.gongkai.jobs.ingest;

import java.time.Instant;

/**
 * One input as an executor receives it.
 *
 * @param kind             {@code file} (a raw report file) or {@code record} (one line of a JSON Lines file)
 * @param bytes            the input's bytes; null when it is larger than the limit and was not read
 * @param sha256           the hash of the bytes as listed (a file too large to read is hashed as a stream)
 * @param modifiedAt       the file's modification time (a record's file's), or null
 * @param manifest         what the manifest says about this file ({@link ManifestEntry#NONE} if nothing)
 * @param manifestConflict why the manifest's rows for this file cannot be used, or null
 */
public record IngestInput(String uri, String kind, byte[] bytes, String sha256, long size, Instant modifiedAt,
                          ManifestEntry manifest, String manifestConflict) {

    public static final String FILE = "file";
    public static final String RECORD = "record";
}
