package org.gongkai.jobs.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gongkai.jobs.warehouse.HadoopSettings;
import org.gongkai.report.Source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;

/**
 * Step one of ingest: every input, one row each, with its hash but without its bytes (files are hashed as
 * streams; JSON Lines files become one row per line, whose text is small enough to carry). Spark lists
 * the files; the executors hash them. An input path that matches nothing is returned apart, to be
 * quarantined.
 */
public final class InputListing {

    /**
     * uri, kind (file|record), size, modified_at, sha256, content (a record's line, else null), match_key
     * (what a manifest names the input by: the file's URI, a crawl record's URL), and unreadable (why a
     * listed file could not be read, else null).
     */
    public static final StructType SCHEMA = new StructType()
            .add("uri", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("size", DataTypes.LongType, false)
            .add("modified_at", DataTypes.TimestampType, true)
            .add("sha256", DataTypes.StringType, false)
            .add("content", DataTypes.BinaryType, true)
            .add("match_key", DataTypes.StringType, false)
            .add("unreadable", DataTypes.StringType, true);

    /** Reports per task: a few MB of text and some 10⁵ cells, small enough for any executor. */
    private static final int FILES_PER_TASK = 1000;

    private final SparkSession spark;
    private final HadoopSettings hadoop;
    private final long maxRecordBytes;

    public InputListing(SparkSession spark, long maxRecordBytes) {
        this.spark = spark;
        this.hadoop = new HadoopSettings(spark);
        this.maxRecordBytes = maxRecordBytes;
    }

    /** The inputs that exist and those that do not (or cannot be listed), with the reason. */
    public record Paths(List<String> readable, List<String[]> unreadable) {
    }

    public Paths check(List<String> inputs) {
        List<String> readable = new ArrayList<>();
        List<String[]> unreadable = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path path = new Path(input);
                FileStatus[] matches = hadoop.fileSystem(path).globStatus(path);
                if (matches == null || matches.length == 0) {
                    unreadable.add(new String[]{input, "no such file or directory"});
                } else {
                    readable.add(input);
                }
            } catch (IOException | IllegalArgumentException e) {
                unreadable.add(new String[]{input, e.getMessage()});
            }
        }
        return new Paths(readable, unreadable);
    }

    /**
     * One row per input under the paths, files modified after {@code since} only (if given). The driver
     * walks the directories and streams the file names into a listing file beside the warehouse, so its
     * memory does not grow with the number of files; the executors read the listing and hash the files.
     * (Spark's own file sources skip empty files, which would lose them silently.)
     */
    public Dataset<Row> list(List<String> paths, Instant since, List<String> excluded, String listingFile)
            throws IOException {
        Path listing = new Path(listingFile);
        long[] listedFiles = {0};
        try (var out = new PrintWriter(new OutputStreamWriter(
                hadoop.fileSystem(listing).create(listing, true), StandardCharsets.UTF_8))) {
            for (String input : paths) {
                Path pattern = new Path(input);
                FileSystem fs = hadoop.fileSystem(pattern);
                for (FileStatus match : fs.globStatus(pattern)) {
                    walk(fs, match, file -> {
                        String uri = file.getPath().toString();
                        if (isListed(file, since) && !excluded.contains(uri)) {
                            out.println(uri + "\t" + file.getLen() + "\t" + file.getModificationTime());
                            listedFiles[0]++;
                        }
                    });
                }
            }
        }
        HadoopSettings settings = hadoop;
        long recordLimit = maxRecordBytes;
        FlatMapFunction<String, Row> hashOrSplit = line -> {
            String[] fields = line.split("\t");
            return describe(settings, recordLimit, fields[0], Long.parseLong(fields[1]),
                    new Timestamp(Long.parseLong(fields[2])));
        };
        // Small partitions: a task holds one partition's parsed reports while Spark caches them.
        int partitions = (int) Math.max(spark.sparkContext().defaultParallelism(), (listedFiles[0] + FILES_PER_TASK - 1) / FILES_PER_TASK);
        return spark.read().textFile(listingFile).repartition(partitions)
                .flatMap(hashOrSplit, Encoders.row(SCHEMA));
    }

    /**
     * Every file under {@code start}, depth first. Plain listStatus, not listFiles: the located statuses that
     * listFiles builds ask the local filesystem for permissions, which without Hadoop's native library
     * forks a process per file.
     */
    private static void walk(FileSystem fs, FileStatus start, Consumer<FileStatus> visit)
            throws IOException {
        Deque<FileStatus> pending = new ArrayDeque<>(List.of(start));
        while (!pending.isEmpty()) {
            FileStatus next = pending.pop();
            if (!next.isDirectory()) {
                visit.accept(next);
                continue;
            }
            var children = fs.listStatusIterator(next.getPath());
            while (children.hasNext()) {
                pending.push(children.next());
            }
        }
    }

    /** Hidden files (.name, _name) are not inputs, as in Spark's own sources; nor are files older than {@code since}. */
    private static boolean isListed(FileStatus file, Instant since) {
        String name = file.getPath().getName();
        return !name.startsWith(".") && !name.startsWith("_")
                && (since == null || file.getModificationTime() > since.toEpochMilli());
    }

    static boolean isRecordFile(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static Iterator<Row> describe(HadoopSettings hadoop, long recordLimit, String uri, long size,
                                          Timestamp modifiedAt) throws IOException {
        Path path = new Path(URI.create(uri));
        try {
            FileSystem fs = hadoop.fileSystem(path);
            if (!isRecordFile(uri)) {
                try (FSDataInputStream in = fs.open(path)) {
                    return List.of(RowFactory.create(uri, IngestInput.FILE, size, modifiedAt, hash(in), null, uri, null))
                            .iterator();
                }
            }
            return records(fs, path, uri, modifiedAt, recordLimit);
        } catch (IOException e) {
            // Listed but gone or forbidden by the time it is read: quarantined, not a failed job.
            String kind = isRecordFile(uri) ? IngestInput.RECORD : IngestInput.FILE;
            return List.of(RowFactory.create(uri, kind, size, modifiedAt, "", null, uri, String.valueOf(e.getMessage())))
                    .iterator();
        }
    }

    /** One row per non-blank line, keyed {@code file#L<line number>} so repeated lines stay apart. */
    private static Iterator<Row> records(FileSystem fs, Path path, String uri, Timestamp modifiedAt, long recordLimit)
            throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(fs.open(path), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                String lineUri = uri + "#L" + number;
                boolean fits = bytes.length <= recordLimit;
                rows.add(RowFactory.create(lineUri, IngestInput.RECORD, (long) bytes.length, modifiedAt,
                        Source.sha256Of(bytes), fits ? bytes : null, fits ? urlOf(line, lineUri) : lineUri, null));
            }
        }
        return rows.iterator();
    }

    /** A crawl record's {@code url} (what a manifest names it by), read without building the whole tree. */
    private static String urlOf(String line, String fallback) {
        try (JsonParser parser = new JsonFactory().createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return fallback;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("url") && value == JsonToken.VALUE_STRING) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            return fallback;
        }
        return fallback;
    }

    private static String hash(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }


    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 is part of every JVM", e));
        }
    }
}
