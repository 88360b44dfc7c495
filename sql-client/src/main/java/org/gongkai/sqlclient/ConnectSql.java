package org.gongkai.sqlclient;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.connect.SparkSession;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A thin SQL client for {@code gongkai serve}: runs one query through Spark Connect and prints the rows as
 * tab-separated lines under a header. No Spark, no Hadoop on its classpath: only the Spark Connect client.
 *
 * <pre>java --add-opens=java.base/java.nio=ALL-UNNAMED \
 *     -cp "$(cat sql-client/target/classpath.txt):sql-client/target/gongkai-sql-client-0.1.0-SNAPSHOT.jar" \
 *     org.gongkai.sqlclient.ConnectSql sc://localhost:15002 "SELECT * FROM gongkai.gold_rates LIMIT 10"</pre>
 *
 * Exit status 0, 1 when the query failed (the server's message is printed), 2 for a usage error.
 */
public final class ConnectSql {

    private ConnectSql() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !args[0].startsWith("sc://")) {
            System.err.println("usage: ConnectSql sc://HOST:PORT \"SELECT …\"");
            System.exit(2);
        }
        System.exit(run(args[0], args[1], new PrintStream(System.out, true, StandardCharsets.UTF_8)));
    }

    static int run(String endpoint, String query, PrintStream out) {
        SparkSession spark = SparkSession.builder().remote(endpoint).getOrCreate();
        try {
            var rows = spark.sql(query);
            String[] columns = rows.columns();
            List<Row> collected = rows.collectAsList();
            out.println(String.join("\t", columns));
            for (Row row : collected) {
                out.println(IntStream.range(0, columns.length)
                        .mapToObj(i -> row.isNullAt(i) ? "" : String.valueOf(row.get(i)))
                        .collect(Collectors.joining("\t")));
            }
            return 0;
        } catch (Exception e) { // AnalysisException is checked in Java's eyes, though Scala throws it undeclared
            System.err.println("ConnectSql: " + e.getMessage());
            if (String.valueOf(e.getMessage()).contains("DirectByteBuffer")) {
                System.err.println("ConnectSql: Arrow, which carries the rows, needs java --add-opens=java.base/java.nio=ALL-UNNAMED");
            }
            return 1;
        } finally {
            spark.stop();
        }
    }
}
