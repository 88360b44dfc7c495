package org.gongkai.parse;

/** The text shape a report was published or saved in. */
public enum Layout {
    PIPE_TEXT("pipe-text"),
    MARKDOWN("markdown"),
    CELL_LINES("cell-lines"),
    FLATTENED("flattened"),
    HTML("html"),
    PDF("pdf");

    private final String code;

    Layout(String code) {
        this.code = code;
    }

    /** The name used in the normalized report ({@code source.layout}). */
    public String code() {
        return code;
    }
}
