package org.gongkai.report;

/** Where a report came from: its URI, the sha256 of its raw bytes, its layout and text encoding. */
public record Source(String uri, String sha256, String layout, String encoding) {
}
