package org.gongkai.rules;

import org.gongkai.format.ColumnSpec;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;

/** The Chinese name of a cell as a reader of the printed report finds it: 表三（一）予以公开·自然人. */
public final class CellLabels {

    private CellLabels() {
    }

    public static String of(ReportFormat format, CellRef cell) {
        TableSpec table = format.table(cell.table());
        String row = table.row(cell.row()).map(CellLabels::rowLabel).orElse(cell.row());
        String column = table.column(cell.column()).map(ColumnSpec::label).orElse(cell.column());
        return tableLabel(table) + row + "·" + column;
    }

    public static String row(ReportFormat format, String tableCode, String rowCode) {
        TableSpec table = format.table(tableCode);
        return tableLabel(table) + table.row(rowCode).map(CellLabels::rowLabel).orElse(rowCode);
    }

    public static String column(ReportFormat format, String tableCode, String columnCode) {
        TableSpec table = format.table(tableCode);
        return tableLabel(table) + table.column(columnCode).map(ColumnSpec::label).orElse(columnCode);
    }

    /** 表二, 表三, 表四: the table's number from its printed title (二、主动公开政府信息情况). */
    private static String tableLabel(TableSpec table) {
        return "表" + table.title().substring(0, 1);
    }

    /** A numbered item row names its group too: （六）其他处理2.申请人逾期未按收费通知要求缴纳费用…. */
    private static String rowLabel(RowSpec row) {
        boolean item = !row.ordinal().isEmpty() && Character.isDigit(row.ordinal().charAt(0));
        return (item && row.group() != null ? row.group() : "") + row.ordinal() + row.label();
    }
}
