package org.gongkai.parse;

import org.gongkai.format.LabelText;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the official row a printed label names, in the labelled tables (二 and 三) of one format.
 * Exact match on the label's core (NFKC, no spaces, quotes or ordinal) first, then an annotated label
 * (规章（设区的市…）), then a shortened one (部分公开), then a misprinted one by character-pair similarity.
 */
final class LabelMatcher {

    /** A row of a table. */
    record RowRef(TableSpec table, RowSpec row) {
    }

    private static final double MIN_SIMILARITY = 0.7;
    private static final int MIN_FUZZY_LENGTH = 5;
    private static final int MAX_LABEL_LENGTH = 80;

    private static final Map<String, LabelMatcher> BY_FORMAT = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 50_000;

    private final Map<String, RowRef> byCore = new HashMap<>();
    private final java.util.Set<String> columnLabels = new java.util.HashSet<>();
    private final List<Map.Entry<String, RowRef>> labels = new ArrayList<>();
    /** Printed labels recur across reports (headers, rows): each is matched once per JVM. */
    private final Map<String, Optional<RowRef>> memo = new java.util.concurrent.ConcurrentHashMap<>();

    /** The matcher of a format, built once and shared (it is immutable but for its memo). */
    static LabelMatcher of(ReportFormat format) {
        return BY_FORMAT.computeIfAbsent(format.code(), code -> new LabelMatcher(format));
    }

    private LabelMatcher(ReportFormat format) {
        for (TableSpec table : format.tables()) {
            table.columns().forEach(c -> columnLabels.add(LabelText.core(c.label())));
            if (table.code().equals("appeals")) {
                continue;
            }
            for (RowSpec row : table.rowsFoundByLabel()) {
                for (String label : row.allLabels()) {
                    String core = LabelText.core(label);
                    byCore.putIfAbsent(core, new RowRef(table, row));
                    labels.add(Map.entry(core, new RowRef(table, row)));
                }
            }
        }
    }

    /**
     * A header cell such as 其他 or 总计 names a column, not a row, when it has no ordinal: 3.其他 and
     * （七）总计 are rows.
     */
    boolean isColumnHeading(String printed) {
        String core = LabelText.core(printed);
        return core.equals(LabelText.normalize(printed)) && columnLabels.contains(core);
    }

    Optional<RowRef> match(String printed) {
        Optional<RowRef> known = memo.get(printed);
        if (known != null) {
            return known;
        }
        Optional<RowRef> found = find(printed);
        if (memo.size() >= MEMO_LIMIT) {
            memo.clear();
        }
        memo.put(printed, found);
        return found;
    }

    private Optional<RowRef> find(String printed) {
        String text = LabelText.core(printed);
        if (text.isEmpty() || text.length() > MAX_LABEL_LENGTH) {
            return Optional.empty();
        }
        RowRef exact = byCore.get(text);
        if (exact != null) {
            return Optional.of(exact);
        }
        return annotated(text).or(() -> shortened(text)).or(() -> similar(text));
    }

    /** 规章（设区的市、自治州人民政府应提供相关数据）: the label followed by a bracketed note. */
    private Optional<RowRef> annotated(String text) {
        return labels.stream()
                .filter(e -> text.startsWith(e.getKey()) && text.charAt(e.getKey().length()) == '(')
                .max((a, b) -> a.getKey().length() - b.getKey().length())
                .map(Map.Entry::getValue);
    }

    /** 部分公开: the beginning of a long label, when it begins only one label. */
    private Optional<RowRef> shortened(String text) {
        if (text.length() < 4) {
            return Optional.empty();
        }
        List<RowRef> hits = labels.stream().filter(e -> e.getKey().startsWith(text))
                .map(Map.Entry::getValue).distinct().toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /** 其他法律行政止公开 (a misprint): the most similar label, if similar enough and unrivalled. */
    private Optional<RowRef> similar(String text) {
        if (text.length() < MIN_FUZZY_LENGTH) {
            return Optional.empty();
        }
        RowRef best = null;
        double bestScore = 0;
        boolean tie = false;
        for (Map.Entry<String, RowRef> e : labels) {
            double score = diceSimilarity(text, e.getKey());
            if (score > bestScore + 1e-9) {
                best = e.getValue();
                bestScore = score;
                tie = false;
            } else if (Math.abs(score - bestScore) <= 1e-9 && best != e.getValue()) {
                tie = true;
            }
        }
        return bestScore >= MIN_SIMILARITY && !tie ? Optional.of(best) : Optional.empty();
    }

    static double diceSimilarity(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            pairs.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            String pair = b.substring(i, i + 2);
            Integer left = pairs.get(pair);
            if (left != null && left > 0) {
                common++;
                pairs.put(pair, left - 1);
            }
        }
        return 2.0 * common / (a.length() - 1 + b.length() - 1);
    }
}
