package org.gongkai.parse;

import org.gongkai.region.Region;
import org.gongkai.region.RegionRegistry;
import org.gongkai.region.RegionResolver;
import org.gongkai.region.Resolution;
import org.gongkai.render.RandomReports;
import org.gongkai.render.ReportRenderer;
import org.gongkai.report.Agency;
import org.gongkai.report.NormalizedReport;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The county in a site's 公网安备 filing number places an agency whose printed name does not. */
class SiteFilingRegionTest {

    private static String printed(String agency, String footer) {
        NormalizedReport random = RandomReports.report(new Random(3), "2021", 2023);
        NormalizedReport renamed = new NormalizedReport(null, random.source(), agency + "2023年政府信息公开工作年度报告",
                new Agency(agency, null, "township", "own"), 2023, random.publishedOn(), "2021", random.cells(),
                random.sections(), random.notices());
        return ReportRenderer.render(renamed, ReportRenderer.Style.PIPE_TEXT) + footer;
    }

    private static Agency parse(String text) throws ParseFailure {
        return new ReportParser().parse(text.getBytes(StandardCharsets.UTF_8), "test.txt").agency();
    }

    @Test
    void anAmbiguousTownshipIsDecidedByTheSiteCounty() throws ParseFailure {
        Resolution bare = RegionResolver.standard().resolve("城关镇人民政府");
        assertEquals(Resolution.Status.AMBIGUOUS, bare.status());
        Region chosen = bare.candidates().get(5);
        String county = RegionRegistry.standard().parent(chosen).orElseThrow().code();

        assertNull(parse(printed("城关镇人民政府", "")).regionCode(), "without the footer the name stays unplaced");
        assertEquals(chosen.code(), parse(printed("城关镇人民政府",
                "\n网站标识码 6101150001 陕公网安备 " + county + "02000123号\n")).regionCode());
    }

    @Test
    void aNameWithoutAPlaceTakesTheSiteCounty() throws ParseFailure {
        assertEquals("610115", parse(printed("区教育局", "\n陕公网安备 61011502000123号\n")).regionCode());
        assertNull(parse(printed("区教育局", "\n备案号：陕ICP备05001571号\n")).regionCode(), "an ICP number carries no place");
    }
}
