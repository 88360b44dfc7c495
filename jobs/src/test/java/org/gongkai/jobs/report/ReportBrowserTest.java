package org.gongkai.jobs.report;

import org.gongkai.jobs.testing.HeadlessChromium;
import org.gongkai.jobs.testing.TestWarehouse;
import org.gongkai.jobs.warehouse.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report rendered from a small real Delta warehouse (hand-made gold, report_quality, rule_results and reports rows)
 * and opened in headless Chromium: no console error, every chart drawn, Chinese rendered as characters, figures from
 * the right rows, tables sortable. Saves a screenshot to target/report-screenshot.png to look at.
 */
class ReportBrowserTest {

    private static final List<String> CHARTS = List.of("chart-outcomes", "chart-province-requests",
            "chart-province-disclosure", "chart-volume-trend", "chart-rate-trend");

    @TempDir
    static Path root;

    private static TestWarehouse testWarehouse;
    private static ReportJob.Written written;
    private static ChromeDriver browser;

    @BeforeAll
    static void renderAndOpen() {
        HeadlessChromium.requireCjkFont();
        browser = HeadlessChromium.start(root.resolve("profile"));
        testWarehouse = new TestWarehouse(root.resolve("warehouse"));
        Warehouse warehouse = testWarehouse.warehouse(testWarehouse.config("report", "hive"));
        ReportWarehouse.fill(testWarehouse.spark(), warehouse);
        written = new ReportJob(warehouse).write(root.resolve("out/report.html"), 2);
    }

    /** Every test starts from the page as loaded (a test may sort a table). */
    @BeforeEach
    void load() {
        browser.get(written.file().toUri().toString());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (testWarehouse != null) {
            testWarehouse.stop();
        }
    }

    @Test
    void noConsoleErrors() {
        browser.findElement(By.cssSelector("#province-table th")).click();
        assertEquals(List.of(), severe(), "console errors while loading and sorting");
        browser.executeScript("console.error('probe: the console is read')");
        assertTrue(severe().stream().anyMatch(m -> m.contains("probe: the console is read")),
                "the test reads the browser console");
    }

    @Test
    void everyChartIsDrawn() {
        List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
        assertEquals(CHARTS, charts.stream().map(c -> c.getAttribute("id")).toList());
        for (WebElement chart : charts) {
            String id = chart.getAttribute("id");
            assertTrue(chart.getSize().getWidth() > 0 && chart.getSize().getHeight() > 0, id + ": " + chart.getSize());
            List<WebElement> marks = chart.findElements(By.cssSelector("rect, circle"));
            assertFalse(marks.isEmpty(), id + " has marks");
            assertTrue(marks.stream().anyMatch(m -> m.getSize().getHeight() > 0 && m.getSize().getWidth() > 0),
                    id + " has a visible mark");
        }
    }

    @Test
    void chineseHeadingsRenderAsCharacters() {
        assertEquals(List.of("全国概况", "办理结果分布", "分省情况（2023年）", "历年趋势", "数据质量：各规则不通过率（2023年）",
                "汇总报告核对（2023年）", "得分最低的报告"), browser.findElements(By.tagName("h2")).stream()
                .map(WebElement::getText).toList());
        // With no CJK font every missing glyph is the same box: two different characters would draw alike.
        Object distinct = browser.executeScript("""
                function draw(ch) {
                  var canvas = document.createElement("canvas");
                  canvas.width = 48; canvas.height = 48;
                  var g = canvas.getContext("2d");
                  g.font = "40px " + getComputedStyle(document.body).fontFamily;
                  g.fillText(ch, 2, 40);
                  return canvas.toDataURL();
                }
                return draw("省") !== draw("份");""");
        assertEquals(Boolean.TRUE, distinct, "Chinese shows as boxes: run " + HeadlessChromium.INSTALL);
    }

    @Test
    void figuresComeFromTheNationAndTheProvincesOfAllAgencyLevels() {
        assertEquals(List.of("北京市", "广东省", "新疆维吾尔自治区"), column("province-table", 0),
                "provinces by code; no prefecture");
        assertEquals(List.of("30,000", "50,000", "4,321"), column("province-table", 2), "agency level all");
        assertEquals(List.of("2022", "2023"), column("national-table", 0));
        assertEquals("123,456", column("national-table", 5).get(1));
        assertEquals(List.of("办理结果总计", "本年新收申请"), column("reconciliation-table", 3),
                "the latest year's rows, the largest relative difference first");
    }

    @Test
    void worstReportsWithTheirFailedRulesAndCells() {
        List<WebElement> reports = browser.findElements(By.cssSelector("ol.worst > li"));
        assertEquals(2, reports.size(), "--worst 2");
        assertTrue(reports.get(0).getText().startsWith("某某县交通运输局"), "lowest score first");
        assertTrue(reports.get(0).getText().contains("表三·自然人列：（七）总计 9，各办理结果之和 7，相差 2"));
        assertTrue(reports.get(0).getText().contains("涉及单元格：表三（七）总计·自然人、表三（一）予以公开·自然人"),
                reports.get(0).getText());
        assertFalse(reports.get(0).getText().contains("O1"), "a passed instance is no finding");
        assertTrue(reports.get(1).getText().startsWith("某某市人民政府办公室"));
    }

    @Test
    void clickingAHeaderSortsTheTable() {
        WebElement header = browser.findElements(By.cssSelector("#province-table th")).get(2);
        header.click();
        assertEquals(List.of("新疆维吾尔自治区", "北京市", "广东省"), column("province-table", 0), "ascending requests");
        header.click();
        assertEquals(List.of("广东省", "北京市", "新疆维吾尔自治区"), column("province-table", 0), "descending");
    }

    @Test
    void aWarehouseWithoutGoldTablesIsAClearError() {
        Warehouse empty = testWarehouse.warehouse(testWarehouse.config("empty", "hive"));
        MissingDataException error = assertThrows(MissingDataException.class,
                () -> new ReportJob(empty).write(root.resolve("out/empty.html"), 2));
        assertTrue(error.getMessage().contains("gold_national_summary") && error.getMessage().contains("aggregate"),
                error.getMessage());
        assertFalse(Files.exists(root.resolve("out/empty.html")));
    }

    @Test
    void screenshotOfTheWholePage() throws IOException {
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 100, 12_000)));
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", "report-screenshot.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(written.file(), Path.of("target", "report-sample.html"), StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(target) > 10_000, "a screenshot of " + height + " px");
    }

    private static List<String> column(String table, int index) {
        return browser.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(index).getText()).toList();
    }

    private static List<String> severe() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }
}
