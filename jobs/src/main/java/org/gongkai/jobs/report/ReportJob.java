package org.gongkai.jobs.report;

import org.gongkai.jobs.warehouse.Warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** {@code gongkai report}: load the tables (extract), render the page (transform), write one HTML file (load). */
public final class ReportJob {

    /** What was written: the file, its size and the data it shows. */
    public record Written(Path file, long bytes, ReportData data) {
    }

    private final Warehouse warehouse;

    public ReportJob(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * Writes the report to {@code out}, whole or not at all (a temporary file beside it is moved into place), listing
     * the {@code worst} reports with the lowest score.
     */
    public Written write(Path out, int worst) {
        String now = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        ReportData data = new ReportLoader(warehouse).load(worst, now);
        byte[] html = ReportRenderer.render(data).getBytes(StandardCharsets.UTF_8);
        Path target = out.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.write(partial, html);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + target + ": " + e.getMessage(), e);
        }
        return new Written(target, html.length, data);
    }
}
