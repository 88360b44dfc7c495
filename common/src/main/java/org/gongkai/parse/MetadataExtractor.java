package org.gongkai.parse;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report's title, agency, year, publication date, level, scope and narrative sections from its
 * text lines. Every value comes from printed text; where nothing is printed the value is null or unknown.
 */
final class MetadataExtractor {

    private static final int TITLE_MAX_LENGTH = 80;
    private static final int HEAD_LINES = 20;
    private static final int DATE_HEAD_LINES = 8;
    private static final int DATE_TAIL_LINES = 15;

    private static final Pattern LABELLED_TITLE = Pattern.compile("^\\s*(?:标题|题目|名称)\\s*[:：\\s]\\s*(.+)$");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(20\\d{2})\\s*年度?");
    /** A title glued to the text that follows it, as crawlers flatten a page. */
    private static final Pattern TITLE_AT_START = Pattern.compile(
            "^\\s*([^，。,；;\\s]{2,40}?20\\d{2}\\s*年度?[^，。,；;\\s]{0,30}?报告)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern AGENCY_IN_PREAMBLE = Pattern.compile("现将(.{2,40}?)(20\\d{2})年");
    private static final Pattern AGENCY_LABELLED = Pattern.compile("发布机构\\s*[:：]?\\s*([^\\s|:：]{2,40})");
    private static final Pattern STATISTICS_PERIOD = Pattern.compile("统计(?:期限|时限|期间)[^0-9]{0,12}(20\\d{2})\\s*年");
    private static final Pattern YEAR_OF_REPORT = Pattern.compile("(20\\d{2})\\s*年度");
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(?:发布时间|发布日期|公开日期|成文日期|发文日期|印发日期)\\s*[:：]?\\s*(\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^[(（]?\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*[)）]?$");
    private static final Pattern AGGREGATE_STATEMENT = Pattern.compile("汇总[^。；;]{0,40}编制|编制[^。；;]{0,10}汇总");
    private static final Pattern REGION_WIDE = Pattern.compile(
            "[全我](?:区|县|市|省|州|旗|盟)[^，。,;；]{0,12}(?:共|各级|受理|收到|单位|行政机关|发布|公布)");
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(?:局|委|委员会|办|办公室|办公厅|厅|院|中心|部|署|所|站|队|会|处|科)$");
    private static final Pattern GOVERNMENT = Pattern.compile(
            "(?:人民政府|政府|管委会|管理委员会|实验区|新区|区|县|市|省|旗|州|盟)$");
    private static final Pattern TOWNSHIP = Pattern.compile(
            "街道办事处|街道办|街道工委|(?:镇|乡|街道)(?:人民政府|政府|办事处)?$");
    private static final Pattern COUNTY = Pattern.compile("县|旗|(?<!自治|地|社|园|景|片|辖|小|城)区");
    private static final Pattern MUNICIPALITY = Pattern.compile("^(?:北京|上海|天津|重庆)市?");
    private static final Pattern PREFECTURE = Pattern.compile("市|自治州|地区|盟");
    private static final Pattern PROVINCE = Pattern.compile("省|自治区");
    private static final Pattern NATIONAL = Pattern.compile("^(?:国务院|国家|中华人民共和国|中国)");

    private MetadataExtractor() {
    }

    /** @param text the lines joined by newlines (the caller has it already) */
    static Metadata extract(List<String> lines, String text) {
        String title = title(lines);
        Integer year = year(title, text);
        String agency = agency(title, text);
        String level = level(agency);
        return new Metadata(title, agency, year, publishedOn(lines), level, scope(agency, level, text),
                sections(text));
    }

    static String title(List<String> lines) {
        for (String line : lines) {
            Matcher m = LABELLED_TITLE.matcher(line);
            if (m.matches() && m.group(1).contains("报告")) {
                return cutAfterReport(m.group(1));
            }
        }
        for (String line : lines.subList(0, Math.min(HEAD_LINES, lines.size()))) {
            String candidate = MARKDOWN_HEADING.matcher(line.strip()).replaceFirst("");
            if (candidate.length() <= TITLE_MAX_LENGTH && candidate.contains("报告")
                    && YEAR_IN_TITLE.matcher(candidate).find() && !candidate.matches(".*[，。,；;].*")) {
                return cutAfterReport(candidate);
            }
        }
        if (!lines.isEmpty()) {
            Matcher glued = TITLE_AT_START.matcher(lines.get(0));
            if (glued.find()) {
                return cutAfterReport(glued.group(1));
            }
        }
        return null;
    }

    /** 沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局: site names after the title are chrome. */
    private static String cutAfterReport(String title) {
        return SPACES.matcher(title.substring(0, title.lastIndexOf("报告") + 2)).replaceAll("");
    }

    private static Integer year(String title, String text) {
        for (Matcher m : List.of(title == null ? YEAR_IN_TITLE.matcher("") : YEAR_IN_TITLE.matcher(title),
                STATISTICS_PERIOD.matcher(text), YEAR_OF_REPORT.matcher(text))) {
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    private static String agency(String title, String text) {
        if (title != null) {
            Matcher m = YEAR_IN_TITLE.matcher(title);
            if (m.find()) {
                String before = title.substring(0, m.start());
                if (before.length() >= 2) {
                    return before;
                }
                String after = title.substring(m.end());
                int end = after.indexOf("政府信息公开");
                if (end >= 2) {
                    return after.substring(0, end);
                }
            }
        }
        for (Pattern p : List.of(AGENCY_IN_PREAMBLE, AGENCY_LABELLED)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return SPACES.matcher(m.group(1)).replaceAll("");
            }
        }
        return null;
    }

    /** The administrative level, from the place words in the agency's name. */
    static String level(String agency) {
        if (agency == null) {
            return "unknown";
        }
        if (TOWNSHIP.matcher(agency).find()) {
            return "township";
        }
        if (COUNTY.matcher(agency).find()) {
            return "county";
        }
        if (MUNICIPALITY.matcher(agency).find() || PROVINCE.matcher(agency).find()) {
            return "province";
        }
        if (PREFECTURE.matcher(agency).find()) {
            return "prefecture";
        }
        return NATIONAL.matcher(agency).find() ? "national" : "unknown";
    }

    /**
     * aggregate when the report says it was compiled by summarizing (汇总…编制), or when a government above
     * the township reports figures for its whole region (全县共受理…); own for departments, offices and
     * townships; unknown for a government that says neither.
     */
    static String scope(String agency, String level, String text) {
        if (AGGREGATE_STATEMENT.matcher(text).find()) {
            return "aggregate";
        }
        if (agency == null) {
            return "unknown";
        }
        if (DEPARTMENT.matcher(agency).find() || level.equals("township")) {
            return "own";
        }
        if (GOVERNMENT.matcher(agency).find()) {
            return REGION_WIDE.matcher(text).find() ? "aggregate" : "unknown";
        }
        return "unknown";
    }

    private static String publishedOn(List<String> lines) {
        for (String line : lines) {
            Optional<String> date = date(LABELLED_DATE.matcher(line), false);
            if (date.isPresent()) {
                return date.get();
            }
        }
        int n = lines.size();
        for (List<String> part : List.of(lines.subList(0, Math.min(DATE_HEAD_LINES, n)),
                lines.subList(Math.max(0, n - DATE_TAIL_LINES), n))) {
            for (String line : part) {
                Optional<String> date = date(DATE_LINE.matcher(line.strip()), true);
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        return null;
    }

    private static Optional<String> date(Matcher m, boolean whole) {
        if (!(whole ? m.matches() : m.find())) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static final Pattern OVERVIEW = Pattern.compile("一\\s*、\\s*总体情况");
    private static final Pattern PROACTIVE = Pattern.compile("二\\s*、\\s*主动公开政府信息");
    /** The heading of 五 with the rest of its wording (及改进情况, 及整改措施), which is not the section's text. */
    private static final Pattern PROBLEMS = Pattern.compile(
            "五\\s*、[^\\n]{0,12}?存在的?主要问题(?:及其?(?:改进|整改)(?:情况|措施|方向)?)?");
    private static final Pattern OTHER_MATTERS = Pattern.compile("六\\s*、\\s*其他需要报告的事项");

    /** The narrative sections the contract names: overview (一), problems (五), other_matters (六). */
    static Map<String, String> sections(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        Map<String, String> sections = new LinkedHashMap<>();
        between(nfkc, OVERVIEW, PROACTIVE).ifPresent(s -> sections.put("overview", s));
        between(nfkc, PROBLEMS, OTHER_MATTERS).ifPresent(s -> sections.put("problems", s));
        between(nfkc, OTHER_MATTERS, null).ifPresent(s -> sections.put("other_matters", s));
        return sections;
    }

    private static Optional<String> between(String text, Pattern start, Pattern end) {
        Matcher from = start.matcher(text);
        if (!from.find()) {
            return Optional.empty();
        }
        int to = text.length();
        if (end != null) {
            Matcher until = end.matcher(text);
            if (!until.find(from.end())) {
                return Optional.empty();
            }
            to = until.start();
        }
        String body = text.substring(from.end(), to).strip();
        return body.isEmpty() ? Optional.empty() : Optional.of(body);
    }
}
