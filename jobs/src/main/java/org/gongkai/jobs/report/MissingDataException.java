package org.gongkai.jobs.report;

/** The warehouse lacks a table the report reads, or it is empty: the message says which job to run first. */
public final class MissingDataException extends RuntimeException {

    public MissingDataException(String message) {
        super(message);
    }
}
