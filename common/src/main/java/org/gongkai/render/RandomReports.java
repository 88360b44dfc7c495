package org.gongkai.render;

import org.gongkai.format.ColumnKind;
import org.gongkai.format.ColumnSpec;
import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.report.Agency;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;
import org.gongkai.report.Source;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Correct reports with random numbers (every identity holds): known answers for round trips and benchmarks. */
public final class RandomReports {

    private static final List<String> APPLICANTS = List.of("natural_person", "commercial", "research",
            "social_welfare", "legal_services", "other_org");

    private RandomReports() {
    }

    public static NormalizedReport report(Random random, String formatCode, int year) {
        ReportFormat format = FormatCatalog.standard().format(formatCode).orElseThrow();
        Map<String, BigDecimal> values = new HashMap<>();
        proactive(random, format.table("proactive"), values);
        requests(random, format.table("requests"), values);
        appeals(random, format.table("appeals"), values);
        List<Cell> cells = new ArrayList<>();
        for (TableSpec table : format.tables()) {
            for (RowSpec row : table.rows()) {
                if (row.onlyWhenPrinted()) {
                    continue;
                }
                for (ColumnSpec column : row.columns()) {
                    BigDecimal v = values.get(table.code() + "." + row.code() + "." + column.code());
                    cells.add(new Cell(table.code(), row.code(), column.code(), CellState.NUMBER, v,
                            column.kind() == ColumnKind.AMOUNT ? column.unit() : null, v.toPlainString(), List.of()));
                }
            }
        }
        String agency = "测试县第" + random.nextInt(1000) + "局";
        return new NormalizedReport(null, new Source("random", null, null, null),
                agency + year + "年政府信息公开工作年度报告", new Agency(agency, null, "county", "own"), year,
                (year + 1) + "-01-2" + random.nextInt(8), formatCode, cells, narrative(random, year), List.of());
    }

    private static final List<String> PHRASES = List.of(
            "坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》",
            "围绕中心工作，聚焦社会关切，不断提升政务公开的标准化、规范化水平",
            "通过政府门户网站、政务新媒体等平台及时发布政府信息，回应公众关切",
            "严格执行保密审查制度，规范信息发布审核流程，确保信息准确、及时、完整",
            "加强政策解读，采用图文、视频等多种形式，提高政策知晓度",
            "规范办理依申请公开，依法按时答复，切实保障申请人的合法权益",
            "加强业务培训，提高工作人员的公开意识和业务能力");

    /** Narrative sections of realistic length (real reports print 5 to 30 KB of text around the tables). */
    private static Map<String, String> narrative(Random random, int year) {
        StringBuilder overview = new StringBuilder();
        int paragraphs = 8 + random.nextInt(20);
        for (int i = 0; i < paragraphs; i++) {
            overview.append(year).append("年，本机关").append(PHRASES.get(random.nextInt(PHRASES.size())))
                    .append("，").append(PHRASES.get(random.nextInt(PHRASES.size()))).append("。\n");
        }
        return Map.of("overview", overview.toString().strip(),
                "problems", "一是" + PHRASES.get(random.nextInt(PHRASES.size())) + "仍有不足。",
                "other_matters", "本年度未收取信息处理费。");
    }

    private static void proactive(Random random, TableSpec table, Map<String, BigDecimal> values) {
        for (RowSpec row : table.rows()) {
            for (ColumnSpec column : row.columns()) {
                BigDecimal v = switch (column.kind()) {
                    case COUNT -> BigDecimal.valueOf(heavyTail(random, 5000));
                    case SIGNED_COUNT -> BigDecimal.valueOf(heavyTail(random, 50) * (random.nextInt(4) == 0 ? -1 : 1));
                    case AMOUNT -> BigDecimal.valueOf(heavyTail(random, 100_000), random.nextInt(3));
                };
                values.put(table.code() + "." + row.code() + "." + column.code(), v);
            }
        }
    }

    private static void requests(Random random, TableSpec table, Map<String, BigDecimal> values) {
        long[] handled = new long[APPLICANTS.size()];
        List<RowSpec> outcomes = table.rows().stream()
                .filter(r -> !r.onlyWhenPrinted() && !List.of("new_received", "carried_over", "total_handled",
                        "carried_forward").contains(r.code())).toList();
        for (RowSpec row : outcomes) {
            long[] counts = applicantCounts(random, random.nextInt(3) == 0 ? 40 : 3);
            put(values, row, counts);
            for (int i = 0; i < counts.length; i++) {
                handled[i] += counts[i];
            }
        }
        long[] forward = applicantCounts(random, 5);
        long[] over = new long[APPLICANTS.size()];
        long[] received = new long[APPLICANTS.size()];
        for (int i = 0; i < over.length; i++) {
            over[i] = random.nextInt((int) Math.min(handled[i] + forward[i], 50) + 1);
            received[i] = handled[i] + forward[i] - over[i];
        }
        put(values, table.row("new_received").orElseThrow(), received);
        put(values, table.row("carried_over").orElseThrow(), over);
        put(values, table.row("total_handled").orElseThrow(), handled);
        put(values, table.row("carried_forward").orElseThrow(), forward);
    }

    private static long[] applicantCounts(Random random, int scale) {
        long[] counts = new long[APPLICANTS.size()];
        counts[0] = heavyTail(random, scale);
        for (int i = 1; i < counts.length; i++) {
            counts[i] = random.nextInt(4) == 0 ? heavyTail(random, Math.max(1, scale / 3)) : 0;
        }
        return counts;
    }

    private static void put(Map<String, BigDecimal> values, RowSpec row, long[] counts) {
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            values.put("requests." + row.code() + "." + APPLICANTS.get(i), BigDecimal.valueOf(counts[i]));
            total += counts[i];
        }
        values.put("requests." + row.code() + ".total", BigDecimal.valueOf(total));
    }

    private static void appeals(Random random, TableSpec table, Map<String, BigDecimal> values) {
        for (RowSpec row : table.rows()) {
            long sum = 0;
            for (ColumnSpec column : row.columns()) {
                long v = column.code().equals("total") ? sum : heavyTail(random, 3);
                sum += column.code().equals("total") ? 0 : v;
                values.put(table.code() + "." + row.code() + "." + column.code(), BigDecimal.valueOf(v));
            }
        }
    }

    /** Mostly zero or small, sometimes large, as real counts are. */
    private static long heavyTail(Random random, int scale) {
        if (random.nextInt(3) == 0) {
            return 0;
        }
        return (long) Math.floor(scale * Math.pow(random.nextDouble(), 3));
    }
}
