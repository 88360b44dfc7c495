package org.gongkai.jobs.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Samples this JVM's heap while a benchmark runs: the peak in use (garbage included) and the peak live
 * after a collection (what the process really holds, the figure that must not grow with the input).
 */
final class MemoryWatch implements AutoCloseable {

    private final Thread sampler;
    private volatile boolean running = true;
    private long peakUsed;
    private long peakLiveAfterGc;

    MemoryWatch() {
        System.gc();
        sampler = new Thread(this::sample, "memory-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            long used = 0;
            long live = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() != MemoryType.HEAP) {
                    continue;
                }
                used += pool.getUsage().getUsed();
                MemoryUsage afterGc = pool.getCollectionUsage();
                live += afterGc == null ? 0 : afterGc.getUsed();
            }
            synchronized (this) {
                peakUsed = Math.max(peakUsed, used);
                peakLiveAfterGc = Math.max(peakLiveAfterGc, live);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    synchronized long peakUsedBytes() {
        return peakUsed;
    }

    synchronized long peakLiveAfterGcBytes() {
        return peakLiveAfterGc;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
