package org.gongkai.jobs.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * The embedded catalog is a Derby database that one process at a time may open: Derby holds a lock on its
 * {@code dbex.lck} file for as long as it has it open. Another process's lock is read from /proc/locks (Linux), without
 * opening the file, since closing any channel on a file would release this process's own locks on it. Elsewhere, or
 * when in doubt, nothing is said and Derby decides.
 */
final class EmbeddedCatalogLock {

    private static final Path LOCKS = Path.of("/proc/locks");

    private EmbeddedCatalogLock() {
    }

    /** The process, not this one, that has the Derby database in {@code metastore} open, if any. */
    static OptionalLong holder(Path metastore) {
        Path lock = metastore.resolve("dbex.lck");
        if (!Files.isRegularFile(lock) || !Files.isReadable(LOCKS)) {
            return OptionalLong.empty();
        }
        try {
            long inode = ((Number) Files.getAttribute(lock, "unix:ino")).longValue();
            return holder(Files.readAllLines(LOCKS), inode, ProcessHandle.current().pid());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }

    /** From lines such as {@code 3: POSIX  ADVISORY  WRITE 2786 08:01:1316498 0 EOF}: a holder of the inode but us. */
    static OptionalLong holder(List<String> locks, long inode, long self) {
        for (String line : locks) {
            String[] fields = line.replace("->", "").trim().split("\\s+");
            if (fields.length < 6) {
                continue;
            }
            String[] file = fields[5].split(":");
            try {
                long pid = Long.parseLong(fields[4]);
                if (Long.parseLong(file[file.length - 1]) == inode && pid != self) {
                    return OptionalLong.of(pid);
                }
            } catch (NumberFormatException e) {
                // a line in a shape this reading does not know: not ours to judge
            }
        }
        return OptionalLong.empty();
    }
}
