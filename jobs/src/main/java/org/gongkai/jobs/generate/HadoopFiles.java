package org.gongkai.jobs.generate;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * The corpus directory through the Hadoop FileSystem API, so that it can be any Hadoop URI. Serializable:
 * it carries the driver's Hadoop settings to the executors. Checksum side files (.crc) are not written, and a
 * local directory is written by {@link NioLocalFileSystem} (no process per file). Its own FileSystem instance,
 * outside Hadoop's cache, so the session's file systems are left as they are.
 */
final class HadoopFiles implements Serializable, java.io.Closeable {

    private final String root;
    private final HashMap<String, String> settings;
    private transient FileSystem fs;

    HadoopFiles(String root, Configuration conf) {
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        this.settings = new HashMap<>();
        conf.forEach(e -> settings.put(e.getKey(), e.getValue()));
    }

    Path path(String relative) {
        return new Path(root + "/" + relative);
    }

    FileSystem fs() {
        if (fs == null) {
            Configuration conf = new Configuration(false);
            settings.forEach(conf::set);
            URI uri = URI.create(root);
            if (uri.getScheme() == null || uri.getScheme().equals("file")) {
                conf.set("fs.file.impl", NioLocalFileSystem.class.getName());
            }
            try {
                fs = FileSystem.newInstance(uri, conf);
                fs.setWriteChecksum(false);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open " + root, e);
            }
        }
        return fs;
    }

    void write(String relative, byte[] bytes) throws IOException {
        try (FSDataOutputStream out = fs().create(path(relative), true)) {
            out.write(bytes);
        }
    }

    OutputStream create(String relative) throws IOException {
        return fs().create(path(relative), true);
    }

    /** Appends the files of a folder, in name order, to a stream. */
    void appendAll(String folder, OutputStream out) throws IOException {
        if (!fs().exists(path(folder))) {
            return;
        }
        List<FileStatus> parts = Arrays.stream(fs().listStatus(path(folder)))
                .sorted(Comparator.comparing(s -> s.getPath().getName())).toList();
        for (FileStatus part : parts) {
            try (InputStream in = fs().open(part.getPath())) {
                in.transferTo(out);
            }
        }
    }

    /** Writes {@code file} as the files of {@code folder} joined in name order. */
    void concatenate(String folder, String file) throws IOException {
        try (OutputStream out = create(file)) {
            appendAll(folder, out);
        }
    }

    void delete(String relative) throws IOException {
        fs().delete(path(relative), true);
    }

    /** Closes this copy's file system instance (each deserialized copy opens its own). */
    @Override
    public void close() throws IOException {
        if (fs != null) {
            fs.close();
            fs = null;
        }
    }
}
