package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a government site prints around a report's article: styles and scripts, a nav bar, a breadcrumb, a
 * line with the publication date, and a footer with the site's registrations (公安备案号 such as
 * 陕公网安备 61011502000123号). None of it is part of the report; the footer's lines follow section 六 in the
 * page's text, so a reader that takes 六 to the end of the page takes them too.
 *
 * @param head        what goes inside {@code <head>} besides the title (charset, styles, scripts)
 * @param header      markup before the article
 * @param footer      markup after the article
 * @param footerLines the footer's text lines, in order, as a page reader sees them
 */
record SiteChrome(String head, String header, String footer, List<String> footerLines) {

    private static final List<String> NAV = List.of("首页", "政务公开", "政务服务", "互动交流", "走进本地", "专题专栏",
            "数据发布", "政策解读", "无障碍浏览", "长者模式");
    /** Province-level code (GB/T 2260, two digits) to the abbreviation registrations use. */
    private static final Map<String, String> PROVINCE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("11", "京"), Map.entry("12", "津"), Map.entry("13", "冀"), Map.entry("14", "晋"),
            Map.entry("15", "蒙"), Map.entry("21", "辽"), Map.entry("22", "吉"), Map.entry("23", "黑"),
            Map.entry("31", "沪"), Map.entry("32", "苏"), Map.entry("33", "浙"), Map.entry("34", "皖"),
            Map.entry("35", "闽"), Map.entry("36", "赣"), Map.entry("37", "鲁"), Map.entry("41", "豫"),
            Map.entry("42", "鄂"), Map.entry("43", "湘"), Map.entry("44", "粤"), Map.entry("45", "桂"),
            Map.entry("46", "琼"), Map.entry("50", "渝"), Map.entry("51", "川"), Map.entry("52", "贵"),
            Map.entry("53", "云"), Map.entry("54", "藏"), Map.entry("61", "陕"), Map.entry("62", "甘"),
            Map.entry("63", "青"), Map.entry("64", "宁"), Map.entry("65", "新"));

    /** Only the charset declaration: a page saved without its site. */
    static SiteChrome bare(String charset) {
        return new SiteChrome(meta(charset), "", "", List.of());
    }

    /**
     * @param regionCode the agency's region code, or null: the 公安备案号 starts with its county code
     * @param publishedOn printed in the date line when not null
     */
    static SiteChrome around(Random random, String charset, String agency, String regionCode, String publishedOn) {
        String head = meta(charset)
                + "<style>body{font-family:\"Microsoft YaHei\";margin:0}td{border:1px solid #ccc;padding:2px}</style>"
                + "<script src=\"/js/jquery.min.js\"></script>";
        StringBuilder header = new StringBuilder("<div class=\"nav\"><ul>");
        int items = 5 + random.nextInt(NAV.size() - 4);
        NAV.subList(0, items).forEach(n -> header.append("<li><a href=\"#\">").append(n).append("</a></li>"));
        header.append("</ul></div>\n<script>var _hmt=_hmt||[];document.write(\"<table><tr><td>0|1</td></tr></table>\");"
                        + "</script>\n<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"#\">政务公开</a>")
                .append(" &gt; <a href=\"#\">政府信息公开年报</a></div>\n<div class=\"info\">")
                .append(publishedOn == null ? "" : "发布时间：" + publishedOn + " ")
                .append("来源：").append(ReportRenderer.escape(agency)).append(" 【字体：大 中 小】 打印</div>\n");
        List<String> lines = footerLines(random, agency, regionCode);
        StringBuilder footer = new StringBuilder("<div class=\"footer\">");
        lines.forEach(l -> footer.append("<p>").append(ReportRenderer.escape(l)).append("</p>"));
        footer.append("</div>\n<script src=\"/js/footer.js\"></script>\n");
        return new SiteChrome(head, header.toString(), footer.toString(), lines);
    }

    private static String meta(String charset) {
        return "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\">";
    }

    private static List<String> footerLines(Random random, String agency, String regionCode) {
        String county = regionCode != null && regionCode.length() >= 6 ? regionCode.substring(0, 6)
                : List.copyOf(PROVINCE_ABBREVIATIONS.keySet()).stream().sorted().toList()
                        .get(random.nextInt(PROVINCE_ABBREVIATIONS.size())) + String.format("%04d", random.nextInt(10_000));
        String province = PROVINCE_ABBREVIATIONS.getOrDefault(county.substring(0, 2), "京");
        List<String> lines = new ArrayList<>();
        lines.add("主办单位：" + agency + " 版权所有：" + agency);
        // The filing number places the site's county (the parser reads it): printed only for a known county.
        String filing = regionCode != null && regionCode.length() >= 6
                ? province + "公网安备 " + county + String.format("%08d", random.nextInt(100_000_000)) + "号 " : "";
        lines.add(filing + province + "ICP备" + String.format("%08d", random.nextInt(100_000_000)) + "号-1");
        lines.add("网站标识码：" + county + String.format("%04d", random.nextInt(10_000)) + " 建议使用1920×1080分辨率浏览");
        return lines;
    }
}
