package org.gongkai.render;

import org.gongkai.format.ReportFormat;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Sentences of the overview (总体情况) that quote the tables' numbers as printed, as real reports do
 * ("本年度共收到政府信息公开申请12件，办结11件，结转下年度1件"). Only cells printed as numbers are quoted.
 */
final class NarrativeFigures {

    private NarrativeFigures() {
    }

    /** @param printed the cells as printed, by key */
    static List<String> sentences(Random random, ReportFormat format, Map<String, Cell> printed) {
        List<String> sentences = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        number(printed, "requests.new_received.total").ifPresent(n -> requests.add("共收到政府信息公开申请" + n + "件"));
        number(printed, "requests.total_handled.total").ifPresent(n -> requests.add("办结" + n + "件"));
        number(printed, "requests.carried_forward.total").ifPresent(n -> requests.add("结转下年度" + n + "件"));
        if (!requests.isEmpty() && random.nextInt(4) > 0) {
            sentences.add("本年度本机关" + String.join("，", requests) + "。");
        }
        Optional<String> review = number(printed, "appeals.review.total");
        if (review.isPresent() && random.nextBoolean()) {
            sentences.add("全年发生政府信息公开行政复议" + review.get() + "件。");
        }
        Optional<String> issued = number(printed, "proactive.normative_documents.issued");
        if (format.code().equals("2021") && issued.isPresent() && random.nextBoolean()) {
            sentences.add("本年度制发行政规范性文件" + issued.get() + "件"
                    + number(printed, "proactive.normative_documents.in_force").map(n -> "，现行有效规范性文件" + n + "件")
                    .orElse("") + "。");
        }
        return sentences;
    }

    private static Optional<String> number(Map<String, Cell> printed, String key) {
        Cell cell = printed.get(key);
        return cell == null || cell.state() != CellState.NUMBER ? Optional.empty()
                : Optional.of(cell.value()).map(BigDecimal::toPlainString);
    }
}
