package org.gongkai.parse;

import java.util.List;

/** One printed line of a report split into cells: a table row, or a paragraph as a single cell. */
record GridRow(List<String> cells) {

    /** The row as one line of text, for metadata and narrative. */
    String text() {
        return String.join(" ", cells).strip();
    }
}
