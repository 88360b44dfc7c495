package org.gongkai.jobs.cli;

import org.gongkai.jobs.warehouse.DataDictionary;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** {@code gongkai dictionary}: the data dictionary (every table, column, type and comment) as Markdown on stdout. */
@Command(name = "dictionary", description = "Print the data dictionary (every table and column with its type and "
        + "comment) as Markdown; docs/DATA_DICTIONARY.md is its output.")
final class DictionaryCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        PrintStream out = JobOptions.console();
        out.print(DataDictionary.markdown());
        out.flush();
        return 0;
    }
}
