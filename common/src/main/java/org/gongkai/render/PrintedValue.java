package org.gongkai.render;

import org.gongkai.report.Cell;

/** The text one cell is printed as, and the cell a parser must read from it. */
record PrintedValue(String text, Cell expected) {
}
