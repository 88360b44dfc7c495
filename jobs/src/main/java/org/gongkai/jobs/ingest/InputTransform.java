package org.gongkai.jobs.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.parse.ParseFailure;
import org.gongkai.parse.ReportParser;
import org.gongkai.report.Agency;
import org.gongkai.report.NormalizedReport;
import org.gongkai.report.ReportJson;
import org.gongkai.report.Source;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ingest transform, a pure function of one input: parse it (or read the normalized report or crawl
 * record it carries), apply the manifest's values over what the text suggests, and land it through the
 * {@link ReportLanding} (its identity and region codes). Every input ends as exactly one {@link IngestResult}; nothing here throws.
 */
public final class InputTransform {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReportParser parser;
    private final long maxBytes;
    private final ReportLanding landing = new ReportLanding();

    public InputTransform(long maxBytes) {
        this.parser = new ReportParser(maxBytes);
        this.maxBytes = maxBytes;
    }

    public IngestResult apply(IngestInput input) {
        String sha256 = input.bytes() == null ? input.sha256() : Source.sha256Of(input.bytes());
        if (input.bytes() == null || input.size() > maxBytes) {
            return IngestResult.quarantined(input, sha256, input.kind(), QuarantineReason.TOO_LARGE,
                    "the input has " + input.size() + " bytes, more than the limit of " + maxBytes);
        }
        if (input.manifestConflict() != null) {
            return IngestResult.quarantined(input, sha256, input.kind(), QuarantineReason.CONFLICTING_MANIFEST,
                    input.manifestConflict());
        }
        Optional<String> manifestProblem = input.manifest().problem();
        if (manifestProblem.isPresent()) {
            return IngestResult.quarantined(input, sha256, input.kind(), QuarantineReason.CONFLICTING_MANIFEST,
                    "manifest: " + manifestProblem.get());
        }
        try {
            return input.kind().equals(IngestInput.RECORD) ? record(input, sha256) : file(input, sha256);
        } catch (ParseFailure e) {
            return IngestResult.quarantined(input, sha256, kindOf(input), QuarantineReason.of(e.reason()), e.getMessage());
        } catch (RuntimeException e) {
            return IngestResult.quarantined(input, sha256, kindOf(input), QuarantineReason.PARSER_ERROR,
                    e + " (please report this input)");
        }
    }

    private IngestResult file(IngestInput input, String sha256) throws ParseFailure {
        NormalizedReport parsed = parser.parse(input.bytes(), input.uri());
        return land(input, sha256, parsed, "file", ManifestEntry.NONE, "text", input.modifiedAt());
    }

    private IngestResult record(IngestInput input, String sha256) throws ParseFailure {
        String line = new String(input.bytes(), StandardCharsets.UTF_8);
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (Exception e) {
            return IngestResult.quarantined(input, sha256, "record", QuarantineReason.INVALID_RECORD,
                    "the line is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (node != null && node.isObject() && (node.has("cells") || node.has("schema"))) {
            return reportRecord(input, sha256, line);
        }
        if (node != null && node.isObject() && node.hasNonNull("content")) {
            return crawlRecord(input, sha256, node);
        }
        return IngestResult.quarantined(input, sha256, "record", QuarantineReason.INVALID_RECORD,
                "a JSON Lines record must be a crawl record (with content) or a normalized report (with cells)");
    }

    private IngestResult reportRecord(IngestInput input, String sha256, String line) {
        NormalizedReport report;
        try {
            report = ReportJson.read(line);
        } catch (RuntimeException e) {
            return IngestResult.quarantined(input, sha256, "report_record", QuarantineReason.INVALID_RECORD,
                    "not a normalized report (" + NormalizedReport.SCHEMA + "): " + e.getMessage());
        }
        Source source = report.source();
        String uri = source != null && source.uri() != null ? source.uri() : input.uri();
        Source landed = new Source(uri, source != null && source.sha256() != null ? source.sha256() : sha256,
                source == null ? null : source.layout(), source == null ? null : source.encoding());
        NormalizedReport withSource = new NormalizedReport(report.reportId(), landed, report.title(), report.agency(),
                report.year(), report.publishedOn(), report.format(), report.cells(), report.sections(), report.notices());
        return land(input, sha256, withSource, "report_record", ManifestEntry.NONE, "record", input.modifiedAt());
    }

    private IngestResult crawlRecord(IngestInput input, String sha256, JsonNode node) throws ParseFailure {
        String url = text(node, "url");
        byte[] content = node.get("content").asText().getBytes(StandardCharsets.UTF_8);
        NormalizedReport parsed = parser.parse(content, url == null ? input.uri() : url);
        ManifestEntry crawl = new ManifestEntry(text(node, "agency"), text(node, "region_code"), null, null,
                null, dateOf(text(node, "published_on")), url);
        Optional<String> problem = crawl.problem();
        if (problem.isPresent()) {
            return IngestResult.quarantined(input, sha256, "crawl_record", QuarantineReason.INVALID_RECORD,
                    "crawl record: " + problem.get());
        }
        if (parsed.title() == null && text(node, "title") != null) {
            parsed = new NormalizedReport(parsed.reportId(), parsed.source(), text(node, "title"), parsed.agency(),
                    parsed.year(), parsed.publishedOn(), parsed.format(), parsed.cells(), parsed.sections(),
                    parsed.notices());
        }
        return land(input, sha256, parsed, "crawl_record", crawl, "text", instantOf(text(node, "fetched_at"))
                .orElse(input.modifiedAt()));
    }

    /** Applies the crawl record's values, then the manifest's, over the report's own. */
    private IngestResult land(IngestInput input, String sha256, NormalizedReport report, String sourceKind,
                              ManifestEntry crawl, String ownOrigin, Instant observedAt) {
        Map<String, String> origin = new LinkedHashMap<>();
        Agency agency = report.agency() == null ? new Agency(null, null, "unknown", "unknown") : report.agency();
        String name = pick("agency", agency.name(), ownOrigin, crawl.agency(), input.manifest().agency(), origin);
        String regionCode = pick("region_code", agency.regionCode(), ownOrigin, crawl.regionCode(),
                input.manifest().regionCode(), origin);
        String level = pick("level", agency.level(), ownOrigin, null, input.manifest().level(), origin);
        String scope = pick("scope", agency.scope(), ownOrigin, null, input.manifest().scope(), origin);
        Integer year = pick("year", report.year(), ownOrigin, crawl.year(), input.manifest().year(), origin);
        String publishedOn = pick("published_on", report.publishedOn(), ownOrigin, crawl.publishedOn(),
                input.manifest().publishedOn(), origin);
        String sourceUrl = input.manifest().sourceUrl() != null ? input.manifest().sourceUrl() : crawl.sourceUrl();
        String sha = report.source() != null && report.source().sha256() != null ? report.source().sha256() : sha256;
        NormalizedReport placed = new NormalizedReport(report.reportId(), report.source(), report.title(),
                new Agency(name, regionCode, level, scope), year, publishedOn, report.format(), report.cells(),
                report.sections(), report.notices());
        return IngestResult.landed(input, sha256, landing.land(placed, sha, sourceKind, sourceUrl, origin, observedAt));
    }

    /** The manifest's value if it states one, else the crawl record's, else the report's own. */
    private static <T> T pick(String field, T own, String ownOrigin, T crawl, T manifest, Map<String, String> origin) {
        if (manifest != null) {
            origin.put(field, "manifest");
            return manifest;
        }
        if (crawl != null) {
            origin.put(field, "crawl");
            return crawl;
        }
        if (own != null) {
            origin.put(field, ownOrigin);
        }
        return own;
    }

    private static String kindOf(IngestInput input) {
        return input.kind().equals(IngestInput.RECORD) ? "record" : "file";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }

    /** A crawl's fetch time, ISO-8601 with an offset (2024-01-20T10:00:00Z) or a local time read as UTC. */
    private static Optional<Instant> instantOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    /** A crawl date may carry a time (2024-01-20T10:00:00): the date is what counts. */
    private static String dateOf(String text) {
        return text == null || text.length() < 10 ? text : text.substring(0, 10);
    }
}
