package org.gongkai.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Where a report came from: its URI, the sha256 of its raw bytes, its layout and text encoding. */
public record Source(String uri, String sha256, String layout, String encoding) {

    /** The hex SHA-256 of a file's raw bytes, as {@code source.sha256} states it. */
    public static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
