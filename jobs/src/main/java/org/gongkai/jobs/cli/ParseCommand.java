package org.gongkai.jobs.cli;

import org.gongkai.parse.ParseFailure;
import org.gongkai.parse.ReportParser;
import org.gongkai.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code gongkai parse FILE…}: one normalized report per line on stdout (JSON Lines), without Spark.
 * A file that cannot be read as a report gets one line on stderr with its reason code; the other files
 * still parse, and the exit status is 1 if any failed.
 */
@Command(name = "parse", description = "Parse report files into normalized reports (JSON Lines on stdout).")
final class ParseCommand implements Callable<Integer> {

    static final int SOME_FILES_FAILED = 1;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files (txt, md, html, pdf, in any of the layouts)")
    private List<Path> files;

    @Option(names = "--pretty", description = "indent the JSON for people")
    private boolean pretty;

    @Option(names = "--max-bytes", description = "largest file accepted (default: ${DEFAULT-VALUE})")
    private long maxBytes = ReportParser.DEFAULT_MAX_BYTES;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        ReportParser parser = new ReportParser(maxBytes);
        int failed = 0;
        for (Path file : files) {
            try {
                out.println(ReportJson.write(parser.parse(Files.readAllBytes(file), file.toString()), pretty));
            } catch (ParseFailure e) {
                failed++;
                err.println(file + ": " + e.reason().code() + ": " + e.getMessage());
            } catch (IOException e) {
                failed++;
                err.println(file + ": unreadable_path: " + e.getMessage());
            } catch (RuntimeException e) {
                failed++;
                err.println(file + ": parser_error: " + e + " (please report this file)");
            }
        }
        out.flush();
        return failed == 0 ? 0 : SOME_FILES_FAILED;
    }
}
