package org.gongkai.render;

import org.gongkai.format.ColumnSpec;
import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;
import org.gongkai.report.Source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints a report (the truth, defects included: blank, placeholder and missing cells, wrong totals are
 * printed as they are, never fixed) in one layout with the noise real published reports show, and says
 * what a parser must read back ({@link RenderedReport#expected()}). Deterministic for a given Random.
 *
 * <p>A row with a missing cell is not printed at all (a dropped row), and table 四 only whole; its cells
 * come back missing. In cell lines an empty cell leaves no line, so its row can no longer be placed and
 * comes back missing (a no-break space keeps the line, and the cell is blank). Printed subtotals of table 三
 * ({@link SubtotalPrinter}) come back as their own cells; a report that prints none has no such cell.
 */
public final class ReportPrinter {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String APPEALS = "appeals";

    private final NormalizedReport truth;
    private final ReportFormat format;
    private final ReportRenderer.Style style;
    private final PrintNoise noise;
    private final Random random;
    private final Map<String, Cell> truthCells;
    private final Map<String, String> rowLabels = new HashMap<>();
    private final Map<String, String> cellTexts = new HashMap<>();
    private final Map<String, Cell> expectedCells = new HashMap<>();

    private ReportPrinter(NormalizedReport truth, ReportRenderer.Style style, PrintNoise noise, Random random) {
        this.truth = truth;
        this.format = FormatCatalog.standard().format(truth.format())
                .orElseThrow(() -> new IllegalArgumentException("cannot print format " + truth.format()));
        this.style = style;
        this.noise = noise;
        this.random = random;
        this.truthCells = truth.cells().stream().collect(Collectors.toMap(Cell::key, Function.identity()));
    }

    /** True if the layout can print every cell of the truth (flattened text cannot print a blank cell). */
    public static boolean canPrint(NormalizedReport truth, ReportRenderer.Style style) {
        return FormatCatalog.standard().format(truth.format()).isPresent()
                && truth.cells().stream().allMatch(c -> c.state() == CellState.MISSING || CellPrinter.canPrint(c, style));
    }

    /** @throws IllegalArgumentException if {@link #canPrint} is false */
    public static RenderedReport print(NormalizedReport truth, ReportRenderer.Style style, PrintNoise noise,
                                       Random random) {
        return new ReportPrinter(truth, style, noise, random).print();
    }

    /** The truth printed without noise, as UTF-8 text. */
    static String plainText(NormalizedReport truth, ReportRenderer.Style style) {
        return new String(print(truth, style, PrintNoise.none(), new Random(0)).bytes(), StandardCharsets.UTF_8);
    }

    private RenderedReport print() {
        LabelPrinter labels = new LabelPrinter(noise, random);
        CellPrinter cells = new CellPrinter(style, noise, random);
        for (TableSpec table : format.tables()) {
            printTable(table, labels, cells);
        }
        Map<String, String> columnLabels = new HashMap<>();
        format.tables().forEach(t -> t.columns().forEach(c -> columnLabels.put(t.code() + "." + c.code(), labels.column(c))));
        String title = Objects.requireNonNullElse(truth.title(),
                truth.agency().name() + truth.year() + "年政府信息公开工作年度报告");
        List<String> overview = new ArrayList<>(paragraphs("overview", "本机关认真贯彻落实《中华人民共和国政府信息公开条例》。"));
        if (PrintNoise.happens(random, noise.narrativeFigures())) {
            overview.addAll(NarrativeFigures.sentences(random, format, expectedCells));
        }
        boolean gb18030 = PrintNoise.happens(random, noise.gb18030());
        SiteChrome chrome = style != ReportRenderer.Style.HTML ? null
                : PrintNoise.happens(random, noise.siteChrome())
                ? SiteChrome.around(random, gb18030 ? "gb2312" : "utf-8", truth.agency().name(),
                        truth.agency().regionCode(), truth.publishedOn())
                : SiteChrome.bare(gb18030 ? "gb2312" : "utf-8");
        boolean bom = !gb18030 && PrintNoise.happens(random, noise.utf8Bom());
        // Drawn last, so that a report printed without subtotals is the same as before they existed.
        Map<String, List<ColumnSpec>> printedColumns = printSubtotals(labels, cells, columnLabels);
        PrintSheet sheet = new PrintSheet(format, title, truth.publishedOn(), overview, paragraphs("problems", "无。"),
                paragraphs("other_matters", "无。"), rowLabels, columnLabels, cellTexts, printedColumns);
        String text = ReportRenderer.render(sheet, style, chrome);
        byte[] bytes = gb18030 ? text.getBytes(GB18030) : utf8(text, bom);
        return new RenderedReport(bytes, style.extension(), style.layout(), gb18030 ? "GB18030" : "UTF-8",
                expected(sheet, chrome, bytes, gb18030));
    }

    /**
     * Prints the rows of one table. A row the truth has no cells for (a row printed only when the report
     * prints it) is left out; a row with a missing cell is dropped; table 四 is printed whole or not at all.
     */
    private void printTable(TableSpec table, LabelPrinter labels, CellPrinter cells) {
        boolean appeals = table.code().equals(APPEALS);
        boolean appealsWhole = appeals && table.rows().stream().allMatch(this::complete);
        List<String> appealTexts = new ArrayList<>();
        for (RowSpec row : table.rows()) {
            if (row.onlyWhenPrinted() && !complete(row, table)) {
                continue;
            }
            if (!(appeals ? appealsWhole : complete(row, table))) {
                row.columns().forEach(c -> expectedCells.put(key(table, row, c.code()),
                        Cell.missing(table.code(), row.code(), c.code())));
                continue;
            }
            rowLabels.put(table.code() + "." + row.code(), appeals ? row.label() : labels.row(row));
            List<String> texts = new ArrayList<>();
            row.columns().forEach(c -> {
                PrintedValue printed = cells.print(truthCells.get(key(table, row, c.code())), table.code(), c);
                cellTexts.put(key(table, row, c.code()), printed.text());
                expectedCells.put(key(table, row, c.code()), printed.expected());
                texts.add(printed.text());
            });
            if (!appeals) {
                dropIfCellLost(table, List.of(row), texts);
            } else {
                appealTexts.addAll(texts);
            }
        }
        if (appealsWhole) {
            dropIfCellLost(table, table.rows(), appealTexts);
        }
    }

    /**
     * Table 三's subtotal rows and column, at the noise's rates; never in flattened text, whose reader cannot
     * read the column.
     *
     * @return by table code, the value columns in printed order of a table printed with an extra column
     */
    private Map<String, List<ColumnSpec>> printSubtotals(LabelPrinter labels, CellPrinter cells,
                                                         Map<String, String> columnLabels) {
        if (style == ReportRenderer.Style.FLATTENED) {
            return Map.of();
        }
        boolean rows = PrintNoise.happens(random, noise.subtotalRows());
        boolean column = PrintNoise.happens(random, noise.subtotalColumn());
        Map<String, List<ColumnSpec>> printedColumns = new HashMap<>();
        if (rows || column) {
            for (TableSpec table : format.tables()) {
                new SubtotalPrinter(table, style, truthCells, rowLabels, columnLabels, cellTexts, expectedCells)
                        .print(rows, column, labels, cells, random).ifPresent(order -> printedColumns.put(table.code(), order));
            }
        }
        return printedColumns;
    }

    private boolean complete(RowSpec row) {
        return complete(row, format.table(APPEALS));
    }

    private boolean complete(RowSpec row, TableSpec table) {
        return row.columns().stream().allMatch(c -> {
            Cell cell = truthCells.get(key(table, row, c.code()));
            return cell != null && cell.state() != CellState.MISSING;
        });
    }

    /** Cell lines leave no line for an empty cell: the cells of its run can no longer be placed. */
    private void dropIfCellLost(TableSpec table, List<RowSpec> rows, List<String> texts) {
        if (style == ReportRenderer.Style.CELL_LINES && texts.stream().anyMatch(String::isEmpty)) {
            rows.forEach(r -> r.columns().forEach(c -> expectedCells.put(key(table, r, c.code()),
                    Cell.missing(table.code(), r.code(), c.code()))));
        }
    }

    private List<String> paragraphs(String section, String fallback) {
        String text = truth.sections() == null ? null : truth.sections().get(section);
        return Arrays.stream(Objects.requireNonNullElse(text, fallback).split("\\R"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static byte[] utf8(String text, boolean bom) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] bytes = Arrays.copyOf(UTF8_BOM, UTF8_BOM.length + body.length);
        System.arraycopy(body, 0, bytes, UTF8_BOM.length, body.length);
        return bytes;
    }

    private NormalizedReport expected(PrintSheet sheet, SiteChrome chrome, byte[] bytes, boolean gb18030) {
        List<Cell> cells = new ArrayList<>();
        for (TableSpec table : format.tables()) {
            for (RowSpec row : table.rows()) {
                row.allColumns().stream().map(c -> expectedCells.get(key(table, row, c.code())))
                        .filter(Objects::nonNull).forEach(cells::add);
            }
        }
        List<String> after = new ArrayList<>(sheet.otherMatters());
        if (chrome != null) {
            after.addAll(chrome.footerLines());
        }
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("overview", sectionText(sheet.overview()));
        sections.put("problems", sectionText(sheet.problems()));
        sections.put("other_matters", sectionText(after));
        Source source = new Source(null, Source.sha256Of(bytes), style.layout(), gb18030 ? "GB18030" : "UTF-8");
        return new NormalizedReport(truth.reportId(), source, sheet.title().replaceAll("\\s+", ""), truth.agency(),
                truth.year(), truth.publishedOn(), format.code(), List.copyOf(cells), sections, List.of());
    }

    /** A section as a reader gets it: its lines (run together in flattened text), NFKC. */
    private String sectionText(List<String> paragraphs) {
        String separator = style == ReportRenderer.Style.FLATTENED ? "" : "\n";
        return Normalizer.normalize(String.join(separator, paragraphs), Normalizer.Form.NFKC);
    }

    private static String key(TableSpec table, RowSpec row, String column) {
        return table.code() + "." + row.code() + "." + column;
    }
}
