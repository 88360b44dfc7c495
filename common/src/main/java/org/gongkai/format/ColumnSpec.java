package org.gongkai.format;

import java.util.List;

/** One column of an official table: canonical code, printed label, label variants, kind and default unit. */
public record ColumnSpec(String code, String label, List<String> variants, ColumnKind kind, String unit) {
}
