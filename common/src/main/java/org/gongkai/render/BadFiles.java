package org.gongkai.render;

import org.gongkai.parse.ParseFailure;
import org.gongkai.report.NormalizedReport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Files a crawl collects that are no readable report, each with the reason the parser quarantines it for:
 * a download cut inside table 三, an empty file, an image or archive, an ordinary news page, and bytes that
 * no encoding the decoder tries explains.
 */
public final class BadFiles {

    /** A bad file, its extension, and the reason the parser gives for it. */
    public record BadFile(String kind, byte[] bytes, String extension, ParseFailure.Reason reason) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final String TABLE_THREE = "三、收到和处理政府信息公开申请情况";
    private static final String TABLE_FOUR = "四、政府信息公开行政复议、行政诉讼情况";

    private BadFiles() {
    }

    /** One of each kind, made from a good report (which must print table 三 and table 四). */
    public static List<BadFile> all(NormalizedReport good, Random random) {
        return List.of(truncated(good, random), empty(), binary(random), notAReport(random), undecodable(random));
    }

    /**
     * The report in pipe text, cut at a random byte between table 三's heading and table 四's, as an
     * interrupted download is: possibly inside a character.
     */
    public static BadFile truncated(NormalizedReport good, Random random) {
        String text = ReportPrinter.plainText(good, ReportRenderer.Style.PIPE_TEXT);
        int from = text.indexOf(TABLE_THREE);
        int to = text.indexOf(TABLE_FOUR);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("the report prints no table 三 followed by table 四");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int start = text.substring(0, from + TABLE_THREE.length()).getBytes(StandardCharsets.UTF_8).length;
        int end = text.substring(0, to).getBytes(StandardCharsets.UTF_8).length;
        return new BadFile("truncated", Arrays.copyOf(bytes, start + random.nextInt(end - start)), "txt",
                ParseFailure.Reason.TRUNCATED);
    }

    public static BadFile empty() {
        return new BadFile("empty", new byte[0], "txt", ParseFailure.Reason.EMPTY);
    }

    /** A PNG image (signature, header chunk, compressed-looking data) or a ZIP archive, saved as a report. */
    public static BadFile binary(Random random) {
        byte[] body = new byte[2048 + random.nextInt(4096)];
        random.nextBytes(body);
        byte[] header = random.nextBoolean() ? png() : new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        byte[] bytes = Arrays.copyOf(header, header.length + body.length);
        System.arraycopy(body, 0, bytes, header.length, body.length);
        return new BadFile("binary", bytes, header[0] == 'P' ? "zip" : "png", ParseFailure.Reason.BINARY);
    }

    private static byte[] png() {
        byte[] ihdr = {0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 2, 0, 0, 0, 1, (byte) 0x80, 8, 6, 0, 0, 0};
        byte[] bytes = Arrays.copyOf(PNG_SIGNATURE, PNG_SIGNATURE.length + ihdr.length);
        System.arraycopy(ihdr, 0, bytes, PNG_SIGNATURE.length, ihdr.length);
        return bytes;
    }

    /** A government site's news page: a title with a year, dates and figures, but none of the tables. */
    public static BadFile notAReport(Random random) {
        int year = 2019 + random.nextInt(7);
        int people = 50 + random.nextInt(500);
        String page = "<html><head><meta charset=\"utf-8\"><title>新闻动态</title></head><body>\n"
                + "<div class=\"nav\"><ul><li>首页</li><li>政务公开</li><li>新闻动态</li></ul></div>\n"
                + "<h1>我县召开" + year + "年度政务公开工作推进会</h1>\n"
                + "<div class=\"info\">发布时间：" + year + "-03-1" + random.nextInt(10) + " 来源：县政府办公室</div>\n"
                + "<p>" + year + "年3月，县政府召开政务公开工作推进会，各乡镇、县直各部门分管负责同志共" + people
                + "人参加会议。</p>\n<p>会议通报了上一年度政务公开工作考核情况，部署了本年度重点工作任务。</p>\n"
                + "<p>会议要求，各单位要进一步提高思想认识，压实工作责任，按时编制并发布政府信息公开工作年度报告。</p>\n"
                + "</body></html>\n";
        return new BadFile("not-a-report", page.getBytes(StandardCharsets.UTF_8), "html",
                ParseFailure.Reason.NOT_A_REPORT);
    }

    /**
     * A GB18030 report damaged by bytes 0x80 and 0xFF, which begin no character in UTF-8, GB18030 or GBK,
     * and without the NUL bytes that would make it look like UTF-16 or binary data.
     */
    public static BadFile undecodable(Random random) {
        byte[] text = ReportPrinter.plainText(RandomReports.report(random, "2021", 2023), ReportRenderer.Style.PIPE_TEXT)
                .getBytes(GB18030);
        for (int i = 0; i < text.length; i += 1 + random.nextInt(64)) {
            text[i] = (byte) (random.nextBoolean() ? 0xFF : 0x80);
        }
        return new BadFile("undecodable", text, "txt", ParseFailure.Reason.UNDECODABLE);
    }
}
