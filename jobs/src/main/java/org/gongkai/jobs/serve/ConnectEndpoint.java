package org.gongkai.jobs.serve;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.config.GongkaiConfig;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A Spark Connect endpoint served by the driver of the job's own Spark session (Spark's SparkConnectPlugin): Spark
 * Connect clients (pyspark --remote, spark-shell --remote, the JVM thin client) send it queries and get the rows,
 * over the same catalog and warehouse as the jobs. It listens on the loopback interface unless
 * {@value #ADDRESS} says otherwise.
 */
public final class ConnectEndpoint {

    static final String PLUGIN = "org.apache.spark.sql.connect.SparkConnectPlugin";
    static final String PLUGINS = "spark.plugins";
    static final String PORT = "spark.connect.grpc.binding.port";
    static final String ADDRESS = "spark.connect.grpc.binding.address";

    private final String host;
    private final int port;
    private final CountDownLatch ended = new CountDownLatch(1);

    private ConnectEndpoint(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The endpoint that {@link #settings} configures. */
    public static ConnectEndpoint of(GongkaiConfig config) {
        return new ConnectEndpoint(config.get(ADDRESS, loopback()), Integer.parseInt(config.get(PORT, "15002")));
    }

    /** The settings with the plugin added to any other plugins, the port, and the loopback interface by default. */
    public static GongkaiConfig settings(GongkaiConfig config, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 1 and 65535, got: " + port);
        }
        String plugins = config.get(PLUGINS, System.getProperty(PLUGINS, "")).strip();
        if (!Arrays.asList(plugins.split("\\s*,\\s*")).contains(PLUGIN)) {
            plugins = plugins.isEmpty() ? PLUGIN : plugins + "," + PLUGIN;
        }
        return config.with(PLUGINS, plugins).with(PORT, Integer.toString(port)).with(ADDRESS, config.get(ADDRESS, loopback()));
    }

    private static String loopback() {
        return InetAddress.getLoopbackAddress().getHostAddress();
    }

    /**
     * Fails with a clear message when the port is taken, before Spark starts: the plugin would otherwise fail the
     * whole session with a gRPC stack trace.
     */
    public void checkPortFree() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "): is another server using it? Choose another port with --port");
        }
    }

    /** What clients connect to: {@code sc://localhost:PORT} on the loopback interface. */
    public String address() {
        boolean local = host.equals(loopback()) || host.equals("localhost");
        return "sc://" + (local ? "localhost" : host) + ":" + port;
    }

    /** Starts watching the session: {@link #awaitStop} returns once its Spark context has stopped. */
    public void watch(SparkSession spark) {
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onApplicationEnd(SparkListenerApplicationEnd end) {
                ended.countDown();
            }
        });
        if (spark.sparkContext().isStopped()) {
            ended.countDown();
        }
    }

    /** Blocks until the Spark context has stopped (on Ctrl-C, Spark's own shutdown hook stops it). */
    public void awaitStop() throws InterruptedException {
        ended.await();
    }

    /** Like {@link #awaitStop}, for at most the given time; whether it stopped. */
    public boolean awaitStop(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }
}
