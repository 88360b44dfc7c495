package org.gongkai.parse;

import org.gongkai.format.ColumnKind;
import org.gongkai.format.ColumnSpec;
import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.report.CellState;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Draws a whole annual report as a PDF from a seed, laid out as the official tables are printed (merged
 * group cells, labels wrapping in narrow cells, narrow value columns), with random numbers, and says which
 * cell holds what. Table 三 is always cut by a page break.
 */
final class TestReportPdf {

    /** What one cell must parse to. */
    record Expected(CellState state, BigDecimal value, String unit) {
    }

    /** A drawn report: the PDF and every cell's expected reading, by cell key (table.row.column). */
    record Drawn(byte[] pdf, String format, int year, Map<String, Expected> cells, String description) {
    }

    private static final float BODY = 12;
    private static final float TABLE = 9;
    private static final String REQUESTS_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    private static final String RESULTS_GROUP = "三、本年度办理结果";

    private final SplittableRandom random;
    private final ReportFormat format;
    private final boolean otherHandlingAsOneRow;
    /**
     * Without borders nothing shows where a cell is empty or where one number ends and the next begins, so
     * such tables get no blanks and numbers short enough to leave more than a character between them.
     */
    private final boolean bordered;
    /** Table 三 prints its groups' subtotal rows (（三）不予公开 with numbers above its items). */
    private final boolean subtotalRows;
    private final Map<String, Expected> expected = new LinkedHashMap<>();

    private TestReportPdf(long seed, boolean subtotalRows) {
        this.subtotalRows = subtotalRows;
        random = new SplittableRandom(seed);
        FormatCatalog catalog = FormatCatalog.standard();
        format = catalog.format(random.nextInt(4) == 0 ? "2019" : "2021").orElseThrow();
        otherHandlingAsOneRow = format.code().equals("2021") && random.nextInt(5) == 0;
        bordered = random.nextInt(5) != 0;
    }

    static Drawn draw(long seed) throws IOException {
        return new TestReportPdf(seed, false).draw();
    }

    /** A report whose table 三 also prints subtotal rows, with numbers of their own (not always the right sums). */
    static Drawn drawWithSubtotalRows(long seed) throws IOException {
        return new TestReportPdf(seed, true).draw();
    }

    private Drawn draw() throws IOException {
        int year = format.code().equals("2019") ? 2019 + random.nextInt(2) : 2021 + random.nextInt(4);
        String agency = List.of("测试区人民政府", "示范县人民政府", "样例市生态环境局").get(random.nextInt(3));
        int breakRow;
        try (TestPdfCanvas canvas = new TestPdfCanvas()) {
            if (random.nextBoolean()) {
                canvas.centred(agency + year + "年政府信息公开工作年度报告", 16);
            } else {
                canvas.centred(agency, 18);
                canvas.centred(year + "年政府信息公开工作年度报告", 18);
            }
            canvas.paragraph("本报告由" + agency + "根据《中华人民共和国政府信息公开条例》要求编制。报告中所列数据统计期限自"
                    + year + "年1月1日起至" + year + "年12月31日止。", BODY);
            canvas.paragraph("一、总体情况", BODY);
            canvas.paragraph(year + "年，本机关认真贯彻落实政府信息公开工作要求，持续推进政务公开标准化规范化建设。", BODY);
            canvas.paragraph("二、主动公开政府信息情况", BODY);
            proactiveTable().draw(canvas, -1);
            canvas.paragraph("三、收到和处理政府信息公开申请情况", BODY);
            TestPdfTable requests = requestsTable();
            breakRow = 4 + random.nextInt(requests.rows() - 6);
            requests.draw(canvas, breakRow);
            canvas.paragraph("四、政府信息公开行政复议、行政诉讼情况", BODY);
            appealsTable().draw(canvas, -1);
            canvas.paragraph("五、存在的主要问题及改进情况", BODY);
            canvas.paragraph("政府信息公开工作还存在一些不足，下一步将进一步加强业务培训，提升答复质量。", BODY);
            canvas.paragraph("六、其他需要报告的事项", BODY);
            canvas.paragraph("本年度未收取信息处理费。", BODY);
            return new Drawn(canvas.save(), format.code(), year, expected,
                    "format " + format.code() + (otherHandlingAsOneRow ? " (六) as one row" : "")
                            + (subtotalRows ? ", subtotal rows" : "")
                            + (bordered ? "" : ", no borders") + ", page break before"
                            + " table row " + breakRow);
        }
    }

    /** 二: blocks of 第二十条 items, each with a heading row, a column header row and its rows. */
    private TestPdfTable proactiveTable() {
        TableSpec table = format.table("proactive");
        float label = 90 + random.nextInt(80);
        float value = (480 - label) / 3;
        TestPdfTable out = new TestPdfTable(new float[] {label, value, value, value}, TABLE, bordered);
        int r = 0;
        String group = null;
        for (RowSpec row : table.rows()) {
            if (!Objects.equals(row.group(), group)) {
                group = row.group();
                out.label(r++, 0, 1, 4, group, true);
                out.label(r, 0, 1, 1, "信息内容", true);
                int c = 1;
                for (int i = 0; i < row.columns().size(); i++) {
                    int span = spanOf(i, row.columns().size());
                    out.label(r, c, 1, span, row.columns().get(i).label(), true);
                    c += span;
                }
                r++;
            }
            out.label(r, 0, 1, 1, row.label(), random.nextBoolean());
            int c = 1;
            for (int i = 0; i < row.columns().size(); i++) {
                int span = spanOf(i, row.columns().size());
                out.value(r, c, span, value(table, row, row.columns().get(i), 6));
                c += span;
            }
            r++;
        }
        return out;
    }

    /** Three value slots shared by rows of one, two or three columns: the last column takes what is left. */
    private static int spanOf(int column, int columns) {
        return column == columns - 1 ? 3 - column : 1;
    }

    /**
     * 三: a corner cell and a two-level applicant header; rows under 三、本年度办理结果 sit beside one tall merged
     * cell, and numbered sub-rows beside their merged group label (（三）不予公开 …).
     */
    private TestPdfTable requestsTable() {
        TableSpec table = format.table("requests");
        float group = 50 + random.nextInt(31);
        float label = 60 + random.nextInt((int) (247 - group - 60) + 1);
        float results = bordered ? 20 : 22;
        float value = Math.min(40, (515 - results - group - label) / 7);
        float[] widths = {results, group, label, value, value, value, value, value, value, value};
        TestPdfTable out = new TestPdfTable(widths, TABLE, bordered);
        out.label(0, 0, 3, 3, REQUESTS_CORNER, random.nextBoolean());
        out.label(0, 3, 1, 7, "申请人情况", true);
        out.label(1, 3, 2, 1, "自然人", true);
        out.label(1, 4, 1, 5, "法人或其他组织", true);
        out.label(1, 9, 2, 1, "总计", true);
        for (int i = 1; i <= 5; i++) {
            out.label(2, 3 + i, 1, 1, table.columns().get(i).label(), true);
        }
        int r = 3;
        int resultsFrom = -1;
        String subGroup = null;
        int subGroupFrom = -1;
        for (RowSpec row : printedRows(table)) {
            String printed = row.ordinal() + row.label();
            boolean nested = row.group() != null && !row.group().equals(RESULTS_GROUP);
            if (subGroup != null && !subGroup.equals(row.group())) {
                out.label(subGroupFrom, 1, r - subGroupFrom, 1, subGroup, true);
                subGroup = null;
            }
            if (row.group() == null) {
                if (resultsFrom >= 0) {
                    out.label(resultsFrom, 0, r - resultsFrom, 1, RESULTS_GROUP, true);
                    resultsFrom = -1;
                }
                out.label(r, 0, 1, 3, printed, random.nextBoolean());
            } else {
                resultsFrom = resultsFrom < 0 ? r : resultsFrom;
                if (nested && subGroup == null) {
                    subGroup = row.group();
                    subGroupFrom = r;
                }
                out.label(r, nested ? 2 : 1, 1, nested ? 1 : 2, printed, random.nextBoolean());
            }
            for (int c = 0; c < row.columns().size(); c++) {
                out.value(r, 3 + c, 1, value(table, row, row.columns().get(c), 5));
            }
            r++;
        }
        markMissing(table);
        return out;
    }

    /**
     * The rows a report of this kind prints: （六） as one row, or its three sub-rows (2021); subtotal rows, if
     * drawn, above items that are all printed.
     */
    private List<RowSpec> printedRows(TableSpec table) {
        return table.rows().stream().filter(row -> row.isSubtotal()
                ? subtotalRows && row.subtotalOf().stream().allMatch(item -> printsItem(table, table.row(item).orElseThrow()))
                : printsItem(table, row)).toList();
    }

    private boolean printsItem(TableSpec table, RowSpec row) {
        boolean subRowOfOther = table.rows().stream().anyMatch(o -> o.onlyWhenPrinted() && o.replaces().contains(row.code()));
        return row.onlyWhenPrinted() ? otherHandlingAsOneRow : !(subRowOfOther && otherHandlingAsOneRow);
    }

    private void markMissing(TableSpec table) {
        for (RowSpec row : table.rows()) {
            if (!row.onlyWhenPrinted() && !printedRows(table).contains(row)) {
                row.columns().forEach(c -> expected.put(key(table, row, c), new Expected(CellState.MISSING, null, null)));
            }
        }
    }

    /** 四: 行政复议 and 行政诉讼 (two kinds), five result columns each, one row of fifteen values. */
    private TestPdfTable appealsTable() {
        TableSpec table = format.table("appeals");
        float width = 30 + random.nextInt(5);
        float[] widths = new float[15];
        java.util.Arrays.fill(widths, width);
        TestPdfTable out = new TestPdfTable(widths, TABLE, bordered);
        out.label(0, 0, 2, 5, "行政复议", true);
        out.label(0, 5, 1, 10, "行政诉讼", true);
        out.label(1, 5, 1, 5, "未经复议直接起诉", true);
        out.label(1, 10, 1, 5, "复议后起诉", true);
        int c = 0;
        for (RowSpec row : table.rows()) {
            for (ColumnSpec column : row.columns()) {
                out.label(2, c, 1, 1, column.label(), true);
                out.value(3, c++, 1, value(table, row, column, 4));
            }
        }
        return out;
    }

    /**
     * A random printed value for a cell, recorded as that cell's expected reading. Counts have up to six
     * digits in bordered tables; without borders, at most {@code digitsUnbordered}.
     */
    private String value(TableSpec table, RowSpec row, ColumnSpec column, int digitsUnbordered) {
        String text = printedValue(column, bordered ? 6 : digitsUnbordered);
        Expected reading;
        if (text.isEmpty()) {
            reading = new Expected(CellState.BLANK, null, null);
        } else {
            String unit = text.endsWith("万元") ? "万元" : text.endsWith("元") ? "元" : column.unit();
            String number = text.replace("万元", "").replace("元", "");
            reading = new Expected(CellState.NUMBER, new BigDecimal(number), column.kind() == ColumnKind.AMOUNT ? unit : null);
        }
        expected.put(key(table, row, column), reading);
        return text;
    }

    private String printedValue(ColumnSpec column, int maxDigits) {
        int p = random.nextInt(100);
        if (p < 10) {
            return bordered ? "" : "0";
        }
        if (p < 40) {
            return "0";
        }
        if (column.kind() == ColumnKind.AMOUNT) {
            String amount = random.nextBoolean() ? String.valueOf(random.nextInt(100000))
                    : BigDecimal.valueOf(random.nextInt(1000000), 2).toPlainString();
            return column.unit() == null && random.nextBoolean() ? amount + (random.nextBoolean() ? "元" : "万元") : amount;
        }
        int digits = p < 70 ? 2 : p < 88 ? 4 : 6;
        String count = String.valueOf(1 + random.nextInt((int) Math.pow(10, Math.min(digits, maxDigits)) - 1));
        return column.kind() == ColumnKind.SIGNED_COUNT && random.nextInt(4) == 0 ? "-" + count : count;
    }

    private static String key(TableSpec table, RowSpec row, ColumnSpec column) {
        return table.code() + "." + row.code() + "." + column.code();
    }
}
