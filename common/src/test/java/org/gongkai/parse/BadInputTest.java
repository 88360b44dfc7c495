package org.gongkai.parse;

import org.gongkai.report.NormalizedReport;
import org.gongkai.report.ReportJson;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inputs that are not reports give a reason, never an exception of another kind. */
class BadInputTest {

    private static ParseFailure.Reason reasonOf(byte[] bytes, long maxBytes) {
        return assertThrows(ParseFailure.class, () -> new ReportParser(maxBytes).parse(bytes, "bad")).reason();
    }

    private static ParseFailure.Reason reasonOf(byte[] bytes) {
        return reasonOf(bytes, ReportParser.DEFAULT_MAX_BYTES);
    }

    @Test
    void emptyAndWhitespaceOnly() {
        assertEquals(ParseFailure.Reason.EMPTY, reasonOf(new byte[0]));
        assertEquals(ParseFailure.Reason.EMPTY, reasonOf(" \n\t \n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void binaryData() {
        byte[] bytes = new byte[4096];
        new Random(1).nextBytes(bytes);
        bytes[10] = 0;
        bytes[11] = 7;
        assertEquals(ParseFailure.Reason.BINARY, reasonOf(bytes));
    }

    @Test
    void bytesNoEncodingExplains() {
        byte[] bytes = new byte[4096];
        Random random = new Random(2);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + random.nextInt(0x7f));
        }
        assertEquals(ParseFailure.Reason.UNDECODABLE, reasonOf(bytes));
    }

    @Test
    void textThatIsNotAReport() {
        String news = "今天天气晴朗，市民纷纷外出踏青。\n公园里游人如织，孩子们在草地上放风筝。\n".repeat(20);
        assertEquals(ParseFailure.Reason.NOT_A_REPORT, reasonOf(news.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void reportCutInsideTableThree() {
        String seed = ParseHelper.seed();
        String cut = seed.substring(0, seed.indexOf("(四)无法提供"));
        assertEquals(ParseFailure.Reason.TRUNCATED, reasonOf(cut.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void reportCutInsideACharacterIsTruncatedNotUndecodable() {
        String seed = ParseHelper.seed();
        byte[] head = seed.substring(0, seed.indexOf("(四)无法提供") + 2).getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(head, head.length - 1);
        assertEquals(ParseFailure.Reason.TRUNCATED, reasonOf(cut));
    }

    @Test
    void newsPageWithAYearIsNotAReport() {
        String news = "<html><body><h1>我县召开2023年度政务公开工作推进会</h1><p>发布时间：2023-03-15</p>"
                + "<p>会议要求按时发布政府信息公开工作年度报告。</p></body></html>";
        assertEquals(ParseFailure.Reason.NOT_A_REPORT, reasonOf(news.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void reportWithoutItsTablesInTheText() {
        String seed = ParseHelper.seed();
        String noTables = seed.substring(0, seed.indexOf("二、主动公开政府信息情况"))
                + seed.substring(seed.indexOf("五、存在的主要问题及改进情况"));
        assertEquals(ParseFailure.Reason.NO_TABLES, reasonOf(noTables.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void fileLargerThanTheLimit() {
        byte[] seed = ParseHelper.seed().getBytes(StandardCharsets.UTF_8);
        assertEquals(ParseFailure.Reason.TOO_LARGE, reasonOf(seed, seed.length - 1));
    }

    @Test
    void hugeInputOfNoiseFailsCleanlyAndQuickly() {
        String noise = "三、收到和处理政府信息公开申请情况 1234567890 ".repeat(200_000);
        ParseFailure.Reason reason = reasonOf(noise.getBytes(StandardCharsets.UTF_8));
        assertTrue(reason == ParseFailure.Reason.NOT_A_REPORT || reason == ParseFailure.Reason.TRUNCATED, reason.toString());
    }

    @Test
    void everyEncodingGivesTheSameCells() throws Exception {
        String seed = ParseHelper.seed();
        NormalizedReport utf8 = ParseHelper.parse(seed);
        for (Charset charset : new Charset[] {Charset.forName("GB18030"), Charset.forName("GBK"),
                StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16}) {
            NormalizedReport other = ParseHelper.parse(seed, charset);
            assertEquals(utf8.cells(), other.cells(), charset.name());
        }
        byte[] bom = ("\uFEFF" + seed).getBytes(StandardCharsets.UTF_8);
        NormalizedReport withBom = new ReportParser().parse(bom, "bom");
        assertEquals(utf8.cells(), withBom.cells());
        assertEquals("UTF-8", withBom.source().encoding());
        assertEquals("GB18030", ParseHelper.parse(seed, Charset.forName("GB18030")).source().encoding());
    }

    @Test
    void theSameBytesGiveByteIdenticalJson() throws Exception {
        byte[] bytes = ParseHelper.seed().getBytes(StandardCharsets.UTF_8);
        String first = ReportJson.write(new ReportParser().parse(bytes, "x"), false);
        String second = ReportJson.write(new ReportParser().parse(bytes.clone(), "x"), false);
        assertArrayEquals(first.getBytes(StandardCharsets.UTF_8), second.getBytes(StandardCharsets.UTF_8));
        assertEquals(first, ReportJson.write(ReportJson.read(first), false), "the codec reads back what it writes");
    }
}
