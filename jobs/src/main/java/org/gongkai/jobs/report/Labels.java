package org.gongkai.jobs.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Chinese names the report prints for the codes of the tables (outcome groups, measures, levels, flags). */
final class Labels {

    /** Table 三's outcome groups, in the order they are printed. */
    static final Map<String, String> OUTCOME_GROUPS = ordered(
            "granted", "予以公开",
            "partially_granted", "部分公开",
            "denied", "不予公开",
            "unable", "无法提供",
            "rejected", "不予处理",
            "other", "其他处理");

    private static final Map<String, String> MEASURES = Map.ofEntries(
            Map.entry("reports", "报告数"),
            Map.entry("new_received", "本年新收申请"),
            Map.entry("handled", "办理结果总计"),
            Map.entry("granted", "予以公开"),
            Map.entry("partially_granted", "部分公开"),
            Map.entry("carried_forward", "结转下年度继续办理"),
            Map.entry("disclosure_rate", "公开率"),
            Map.entry("denial_rate", "不予公开率"),
            Map.entry("reviews", "行政复议"),
            Map.entry("review_correction_rate", "复议纠错率"),
            Map.entry("lawsuits", "行政诉讼"));

    private static final Map<String, String> LEVELS = Map.of(
            "national", "国务院部门",
            "province", "省级",
            "prefecture", "市级",
            "county", "县级",
            "township", "乡镇（街道）",
            "unknown", "层级不明",
            "nation", "全国");

    private static final Map<String, String> SCOPES = Map.of("own", "本机关", "aggregate", "汇总");

    private static final Map<String, String> FLAGS = Map.of(
            "late", "逾期公布",
            "copied", "雷同",
            "blank_totals", "总计列空白",
            "format_mismatch", "格式与年度不符",
            "narrative_mismatch", "总体情况与表格不符");

    private static final Map<String, String> SEVERITIES = Map.of("error", "错误", "warning", "警告");

    private Labels() {
    }

    static String measure(String code) {
        return MEASURES.getOrDefault(code, code);
    }

    /** Whether a measure is a share (shown in percent, its changes in percentage points). */
    static boolean isRate(String measure) {
        return measure.endsWith("_rate") || measure.endsWith("_share");
    }

    static String level(String code) {
        return code == null ? "" : LEVELS.getOrDefault(code, code);
    }

    static String scope(String code) {
        return code == null ? "" : SCOPES.getOrDefault(code, code);
    }

    static String flag(String code) {
        return FLAGS.getOrDefault(code, code);
    }

    static String severity(String code) {
        return code == null ? "" : SEVERITIES.getOrDefault(code, code);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
