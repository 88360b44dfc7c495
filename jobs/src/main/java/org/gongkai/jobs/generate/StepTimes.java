package org.gongkai.jobs.generate;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The wall time of a job's steps, each from the end of the one before, for its printout. */
final class StepTimes {

    private final long start = System.nanoTime();
    private final Map<String, Double> steps = new LinkedHashMap<>();
    private long last = start;

    void done(String step) {
        long now = System.nanoTime();
        steps.put(step, (now - last) / 1e9);
        last = now;
    }

    double totalSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** "tables checked 2.1 s, cells 60.3 s". */
    String describe() {
        return steps.entrySet().stream()
                .map(step -> String.format(Locale.ROOT, "%s %.1f s", step.getKey(), step.getValue()))
                .collect(Collectors.joining(", "));
    }
}
