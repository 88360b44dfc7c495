package org.gongkai.jobs.cli;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

import java.util.concurrent.atomic.AtomicLong;

/** The largest execution memory one Spark task used, for the benchmarks to print beside the heap. */
final class PeakTaskMemory extends SparkListener {

    private final AtomicLong peakBytes = new AtomicLong();

    /** Starts watching the session's tasks. */
    static PeakTaskMemory watch(SparkSession spark) {
        PeakTaskMemory peak = new PeakTaskMemory();
        spark.sparkContext().addSparkListener(peak);
        return peak;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd task) {
        if (task.taskMetrics() != null) {
            peakBytes.accumulateAndGet(task.taskMetrics().peakExecutionMemory(), Math::max);
        }
    }

    long bytes() {
        return peakBytes.get();
    }
}
