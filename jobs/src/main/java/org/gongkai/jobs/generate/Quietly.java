package org.gongkai.jobs.generate;

import java.io.Closeable;
import java.io.IOException;

/** Closing at the end of a Spark task, when a file that fails to close loses nothing a retry would not rewrite. */
final class Quietly {

    private Quietly() {
    }

    static void close(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // The task is over either way.
        }
    }
}
