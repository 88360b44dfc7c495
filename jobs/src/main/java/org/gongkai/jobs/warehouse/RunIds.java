package org.gongkai.jobs.warehouse;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** The id of one job run, as the tables' run_id columns hold it: its start time (UTC) and a random suffix. */
public final class RunIds {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private RunIds() {
    }

    public static String next() {
        return START.format(Instant.now().atOffset(ZoneOffset.UTC)) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
