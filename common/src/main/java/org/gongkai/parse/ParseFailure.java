package org.gongkai.parse;

import java.util.Locale;

/** An input that cannot become a normalized report, with a reason code for the quarantine. */
public final class ParseFailure extends Exception {

    /** Why an input cannot become a report. */
    public enum Reason {
        EMPTY, TOO_LARGE, BINARY, UNDECODABLE, NOT_A_REPORT, TRUNCATED, NO_TABLES,
        /** A PDF whose pages carry no text, only images (a scan): it needs OCR. */
        PDF_NO_TEXT_LAYER,
        /** A PDF that cannot be opened without a password. */
        PDF_ENCRYPTED,
        /** A PDF too damaged to read. */
        PDF_UNREADABLE;

        /** The code stored in the quarantine table. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;

    public ParseFailure(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
