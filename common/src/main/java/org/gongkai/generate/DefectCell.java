package org.gongkai.generate;

import java.io.Serializable;
import java.math.BigDecimal;

/** A cell a defect touched: what the report prints (null if blank) and what it should print. */
public record DefectCell(String table, String row, String column, BigDecimal printed, BigDecimal correct)
        implements Serializable {
}
