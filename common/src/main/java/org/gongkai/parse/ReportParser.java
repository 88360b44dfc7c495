package org.gongkai.parse;

import org.gongkai.format.FormatCatalog;
import org.gongkai.format.LabelText;
import org.gongkai.format.ReportFormat;
import org.gongkai.report.Agency;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;
import org.gongkai.report.Notice;
import org.gongkai.report.Source;
import org.gongkai.region.Region;
import org.gongkai.region.RegionRegistry;
import org.gongkai.region.RegionResolver;
import org.gongkai.region.Resolution;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the bytes of one published report into its normalized report: decode, detect the layout, read the
 * metadata, decide the format by its labels, read the tables with the layout's reader, and put every cell
 * of the format in the contract's order. Pure and deterministic: the same bytes give the same report.
 */
public final class ReportParser {

    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    /** The headings of sections 五 and 六, which follow the tables. */
    private static final java.util.regex.Pattern LATER_SECTION =
            java.util.regex.Pattern.compile("五、.{0,15}问题|六、其他需要报告");
    /** The heading of section 一, or of 五 or 六: a text with one of them is laid out as an annual report. */
    private static final java.util.regex.Pattern REPORT_SECTION =
            java.util.regex.Pattern.compile("一、总体情况|" + LATER_SECTION.pattern());

    private final long maxBytes;

    public ReportParser() {
        this(DEFAULT_MAX_BYTES);
    }

    public ReportParser(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public NormalizedReport parse(byte[] bytes, String uri) throws ParseFailure {
        checkSize(bytes);
        Input input = isPdf(bytes) ? pdfInput(bytes) : textInput(bytes);
        Layout layout = input.layout();
        String text = input.text();
        List<GridRow> rows = input.rows();
        List<String> lines = input.lines();
        String joined = String.join("\n", lines);
        String normalized = LabelText.normalize(joined);
        Metadata meta = MetadataExtractor.extract(lines, joined);
        // The year decides the format only for a text that is a report (a news page has a year too).
        Integer formatYear = isAnnualReport(meta, normalized) ? meta.year() : null;
        FormatDetector.Detected detected = FormatDetector.detect(normalized, formatYear)
                .orElseThrow(() -> notAReport(lines));
        TableCells tables = new TableCells(detected.format());
        if (layout == Layout.FLATTENED) {
            FlattenedTableReader.read(text, meta.sections().getOrDefault("overview", ""), tables);
        } else {
            GridTableReader.read(rows, tables);
        }
        checkComplete(tables, normalized);
        List<Cell> cells = tables.assemble();
        List<Notice> notices = new ArrayList<>(tables.notices());
        notices.addAll(formatNotices(detected, meta.year()));
        totalColumnNotice(cells).ifPresent(notices::add);
        String sha256 = Source.sha256Of(bytes);
        return new NormalizedReport(reportId(meta, sha256), new Source(uri, sha256, layout.code(), input.encoding()),
                meta.title(), agency(meta, text), meta.year(),
                meta.publishedOn(), detected.format().code(), List.copyOf(cells), meta.sections(),
                List.copyOf(notices));
    }

    /**
     * The agency with its region: the region registry resolves the printed name (then the title); the level
     * is the resolved region's where there is one, else the one the name's place words suggest. An ambiguous
     * name (a bare 城关镇) is decided by the county in the site's filing number if there is one, else the code
     * stays null rather than guess; a name with no place in it takes that county as its region.
     */
    private static Agency agency(Metadata meta, String text) {
        RegionResolver resolver = RegionResolver.standard();
        Optional<String> siteCounty = SiteFilingCode.countyCode(text)
                .filter(code -> RegionRegistry.standard().find(code).isPresent());
        boolean ambiguous = false;
        for (String printed : java.util.Arrays.asList(meta.agencyName(), meta.title())) {
            Resolution resolution = resolver.resolve(printed);
            if (resolution.status() == Resolution.Status.AMBIGUOUS && siteCounty.isPresent()) {
                resolution = resolver.resolve(printed, siteCounty);
            }
            if (resolution.isResolved()) {
                Region region = resolution.region();
                String level = region.level().name().toLowerCase(java.util.Locale.ROOT);
                return new Agency(meta.agencyName(), region.code(), level, meta.scope());
            }
            ambiguous |= resolution.status() == Resolution.Status.AMBIGUOUS;
        }
        String regionCode = ambiguous ? null : siteCounty.map(code -> RegionRegistry.standard().find(code).orElseThrow().code())
                .orElse(null);
        return new Agency(meta.agencyName(), regionCode, meta.level(), meta.scope());
    }

    /**
     * A report read into its layout's rows and its text lines (for metadata). A PDF has no encoding, and
     * its text is its lines.
     */
    private record Input(Layout layout, String encoding, String text, List<GridRow> rows, List<String> lines) {
    }

    private static Input textInput(byte[] bytes) throws ParseFailure {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new ParseFailure(ParseFailure.Reason.EMPTY, "the file has no text");
        }
        Layout layout = LayoutDetector.detect(text);
        List<GridRow> rows = layout == Layout.FLATTENED ? List.of() : rows(layout, text);
        List<String> lines = layout == Layout.HTML ? rows.stream().map(GridRow::text).toList()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new Input(layout, decoded.encoding(), text, rows, lines);
    }

    private static Input pdfInput(byte[] bytes) throws ParseFailure {
        List<GridRow> rows = PdfGridReader.rows(bytes);
        List<String> lines = rows.stream().map(GridRow::text).filter(l -> !l.isEmpty()).toList();
        return new Input(Layout.PDF, null, String.join("\n", lines), rows, lines);
    }

    private void checkSize(byte[] bytes) throws ParseFailure {
        if (bytes.length == 0) {
            throw new ParseFailure(ParseFailure.Reason.EMPTY, "the file is empty");
        }
        if (bytes.length > maxBytes) {
            throw new ParseFailure(ParseFailure.Reason.TOO_LARGE,
                    "the file has " + bytes.length + " bytes, more than the limit of " + maxBytes);
        }
    }

    private static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
    }

    private static List<GridRow> rows(Layout layout, String text) {
        return switch (layout) {
            case HTML -> HtmlGridReader.rows(text);
            case MARKDOWN -> PipeTableReader.rows(text, true);
            case PIPE_TEXT -> PipeTableReader.rows(text, false);
            case CELL_LINES -> CellLinesReader.rows(text);
            case FLATTENED, PDF -> throw new IllegalArgumentException("no rows for layout " + layout);
        };
    }

    /** A title naming a disclosure report, or the report's section headings (normalized text). */
    private static boolean isAnnualReport(Metadata meta, String normalized) {
        return (meta.title() != null && meta.title().contains("信息公开")) || REPORT_SECTION.matcher(normalized).find();
    }

    private static ParseFailure notAReport(List<String> lines) {
        String start = lines.isEmpty() ? "" : lines.get(0);
        return new ParseFailure(ParseFailure.Reason.NOT_A_REPORT,
                "no label of the official tables (二、三、四) was found; the text begins: "
                        + start.substring(0, Math.min(60, start.length())));
    }

    /**
     * A report whose text stops inside its tables is truncated; one that prints no table but goes on to its
     * later sections has its tables elsewhere (often images).
     */
    private static void checkComplete(TableCells tables, String normalizedText) throws ParseFailure {
        boolean requests = tables.format().table("requests").rows().stream()
                .anyMatch(r -> tables.isPrinted("requests", r.code()));
        boolean appeals = tables.format().table("appeals").rows().stream()
                .anyMatch(r -> tables.isPrinted("appeals", r.code()));
        if (requests && appeals) {
            return;
        }
        boolean laterSections = LATER_SECTION.matcher(normalizedText).find();
        if (!requests && laterSections) {
            throw new ParseFailure(ParseFailure.Reason.NO_TABLES,
                    "表三（收到和处理政府信息公开申请情况）not found in the text although the report goes on to"
                            + " its later sections: the tables are probably images");
        }
        if (!laterSections) {
            throw new ParseFailure(ParseFailure.Reason.TRUNCATED, "the text ends before "
                    + (requests ? "表四（行政复议、行政诉讼情况）" : "表三（收到和处理政府信息公开申请情况）") + ": truncated");
        }
    }

    private static List<Notice> formatNotices(FormatDetector.Detected detected, Integer year) {
        ReportFormat format = detected.format();
        if (detected.byYear()) {
            return List.of(new Notice("FORMAT_BY_YEAR", "no label decides the format; the " + format.code()
                    + " format was assumed from the year " + year));
        }
        if (year != null && !format.coversYear(year)) {
            String expected = FormatCatalog.standard().formatForYear(year).map(ReportFormat::code).orElse("none");
            return List.of(new Notice("FORMAT_VERSION_MISMATCH", year + "年度报告使用了" + format.code()
                    + "年版格式: a " + year + " report should use the " + expected + " format"));
        }
        return List.of();
    }

    /** 上海 2019: 总计 blank in rows whose applicant cells hold numbers. Said, never filled in. */
    private static java.util.Optional<Notice> totalColumnNotice(List<Cell> cells) {
        Map<String, List<Cell>> byRow = cells.stream().filter(c -> c.table().equals("requests"))
                .collect(Collectors.groupingBy(Cell::row, java.util.LinkedHashMap::new, Collectors.toList()));
        List<String> rows = new ArrayList<>();
        byRow.forEach((row, rowCells) -> {
            boolean totalBlank = rowCells.stream().anyMatch(c -> c.column().equals("total")
                    && (c.state() == CellState.BLANK || c.state() == CellState.PLACEHOLDER));
            boolean partsPrinted = rowCells.stream().anyMatch(c -> !c.column().equals("total")
                    && c.state() == CellState.NUMBER && c.value().signum() != 0);
            if (totalBlank && partsPrinted) {
                rows.add(row);
            }
        });
        return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Notice("TOTAL_COLUMN_BLANK",
                "表三“总计”列在" + rows.size() + "行为空而各申请人列有数: the 总计 column is blank in rows " + rows));
    }

    private static String reportId(Metadata meta, String sha256) {
        String agency = meta.agencyName() == null ? "unknown-agency" : meta.agencyName();
        String year = meta.year() == null ? "unknown-year" : meta.year().toString();
        return year + "-" + agency + "-" + sha256.substring(0, 12);
    }
}
