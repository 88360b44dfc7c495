package org.gongkai.jobs.generate;

import org.apache.spark.api.java.function.Function2;
import org.gongkai.generate.AgencyUniverse;
import org.gongkai.generate.CorpusEntries;
import org.gongkai.generate.CorpusEntry;
import org.gongkai.generate.CorpusStats;
import org.gongkai.generate.GeneratorConfig;
import org.gongkai.generate.UniverseAgency;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * What one Spark task does with its agencies: generates their reports, writes each raw file itself, writes its
 * slice of the manifest, expected reports and defects as part files named by the partition index, and returns
 * its statistics. Rerunning a task rewrites the same bytes, so retries and speculation are harmless.
 */
final class PartitionWriter implements Function2<Integer, Iterator<String>, Iterator<CorpusStats>> {

    static final String PARTS = "_parts";

    private final GeneratorConfig config;
    private final HadoopFiles files;

    PartitionWriter(GeneratorConfig config, HadoopFiles files) {
        this.config = config;
        this.files = files;
    }

    @Override
    public Iterator<CorpusStats> call(Integer partition, Iterator<String> agencyIds) throws IOException {
        AgencyUniverse universe = config.universe();
        CorpusStats stats = new CorpusStats();
        String part = String.format("part-%05d", partition);
        try (OutputStream manifest = files.create(PARTS + "/manifest/" + part);
             OutputStream expected = files.create(PARTS + "/expected/" + part);
             OutputStream defects = files.create(PARTS + "/defects/" + part)) {
            while (agencyIds.hasNext()) {
                UniverseAgency agency = universe.find(agencyIds.next()).orElseThrow();
                for (CorpusEntry entry : CorpusEntries.of(agency, config)) {
                    files.write(entry.path(), entry.bytes());
                    manifest.write(entry.manifestRow().getBytes(StandardCharsets.UTF_8));
                    if (entry.expectedJson() != null) {
                        expected.write((entry.expectedJson() + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                    for (String line : entry.defectLines()) {
                        defects.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                    stats.add(entry.facts());
                }
            }
        } finally {
            files.close();
        }
        return List.of(stats).iterator();
    }
}
