package org.gongkai.jobs.warehouse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EmbeddedCatalogLockTest {

    @TempDir
    Path metastore;

    @Test
    void readsTheHolderOfTheInodeFromProcLocks() {
        List<String> locks = List.of(
                "1: FLOCK  ADVISORY  WRITE 900 00:1a:77 0 EOF",
                "2: POSIX  ADVISORY  WRITE 4242 fd:01:1316498 0 EOF",
                "2: -> POSIX  ADVISORY  WRITE 4343 fd:01:1316498 0 EOF");
        assertEquals(OptionalLong.of(4242), EmbeddedCatalogLock.holder(locks, 1316498, 1));
        assertEquals(OptionalLong.of(4343), EmbeddedCatalogLock.holder(locks, 1316498, 4242), "not this process");
        assertEquals(OptionalLong.empty(), EmbeddedCatalogLock.holder(locks, 55, 1));
    }

    @Test
    void aLockHeldByAnotherProcessIsFoundAndNoneOnceItEnds() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/locks")), "needs Linux's /proc/locks");
        Path lock = Files.writeString(metastore.resolve("dbex.lck"), "");
        assertEquals(OptionalLong.empty(), EmbeddedCatalogLock.holder(metastore), "nobody holds it");

        Path classes = Path.of(LockHolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), LockHolder.class.getName(), lock.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", output.readLine());
            assertEquals(OptionalLong.of(holder.pid()), EmbeddedCatalogLock.holder(metastore));
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
            assertEquals(OptionalLong.empty(), EmbeddedCatalogLock.holder(metastore), "released when the process ended");
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void thisProcesssOwnLockIsNoObstacle() throws IOException {
        Path lock = Files.writeString(metastore.resolve("dbex.lck"), "");
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            assertTrue(held.isValid());
            assertEquals(OptionalLong.empty(), EmbeddedCatalogLock.holder(metastore));
        }
    }

    /** Holds a lock on the file named, as Derby does, until its standard input ends. */
    public static final class LockHolder {
        public static void main(String[] args) throws IOException {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE); FileLock held = channel.lock()) {
                System.out.println("locked");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait for the end of the input
                }
            }
        }
    }
}
