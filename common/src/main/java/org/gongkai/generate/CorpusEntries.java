package org.gongkai.generate;

import org.gongkai.report.CellState;
import org.gongkai.render.RenderedReport;
import org.gongkai.report.NormalizedReport;
import org.gongkai.report.ReportJson;
import org.gongkai.report.Source;

import java.util.ArrayList;
import java.util.List;

/**
 * An agency's corpus files: each report of the config's years printed in a layout drawn for it (or replaced
 * by a bad file), with its manifest row, expected normalized report and defect lines. A pure function of the
 * config and the agency: what a Spark task computes for each agency it is given.
 */
public final class CorpusEntries {

    private CorpusEntries() {
    }

    public static List<CorpusEntry> of(UniverseAgency agency, GeneratorConfig config) {
        List<CorpusEntry> out = new ArrayList<>();
        for (GeneratedReport report : AgencySeries.reports(agency, config)) {
            out.add(entry(report, config));
        }
        return out;
    }

    private static CorpusEntry entry(GeneratedReport report, GeneratorConfig config) {
        UniverseAgency agency = report.agency();
        long seed = config.seed();
        double draw = Seeds.unit(seed, agency.id(), report.year(), "layout");
        boolean blanks = report.printed().cells().stream().anyMatch(c -> c.state() == CellState.BLANK);
        String layout = blanks ? config.layouts().pickKeepingBlanks(draw) : config.layouts().pick(draw);
        RenderedReport printed = CorpusPrinter.print(report.printed(), layout, Seeds.random(seed, agency.id(), report.year(), "print"));
        String path = "files/" + agency.provinceCode() + "/" + agency.id() + "/" + report.year() + "." + printed.extension();
        Defect defect = report.defect();
        boolean badFile = defect != null && defect.kind().isBadFile();
        byte[] bytes = badFile
                ? BadFileMaker.make(defect.kind(), report.printed(), Seeds.random(seed, agency.id(), report.year(), "bad"))
                : printed.bytes();
        String reportId = report.printed().reportId();
        String expected = badFile ? null : ReportJson.write(withSource(printed, path, bytes), false);
        List<String> defects = defect == null ? List.of() : List.of(DefectJson.line(path, reportId, defect));
        String manifest = ManifestCsv.row(path, agency, report.year(), report.printed().publishedOn(),
                sourceUrl(agency, report.year(), printed.extension()));
        ReportFacts facts = new ReportFacts(agency.level(), agency.scope(), report.year(),
                cellValue(report.correct(), "requests", "new_received", "total"),
                cellValue(report.correct(), "appeals", "review", "total"),
                defect == null ? null : defect.kind().code(), bytes.length);
        return new CorpusEntry(path, bytes, manifest, expected, defects, facts);
    }

    private static NormalizedReport withSource(RenderedReport printed, String path, byte[] bytes) {
        NormalizedReport r = printed.expected();
        return new NormalizedReport(r.reportId(), new Source(path, Source.sha256Of(bytes), printed.layout(), printed.encoding()),
                r.title(), r.agency(), r.year(), r.publishedOn(), r.format(), r.cells(), r.sections(), r.notices());
    }

    static String sourceUrl(UniverseAgency agency, int year, String extension) {
        String host = agency.regionCode() == null ? "www.gov.cn" : "xxgk.r" + agency.regionCode() + ".gov.cn";
        return "http://" + host + "/zfxxgk/ndbg/" + year + "/" + agency.id() + "." + extension;
    }

    private static long cellValue(NormalizedReport report, String table, String row, String column) {
        return report.cell(table, row, column).orElseThrow().value().longValueExact();
    }
}
