package org.gongkai.jobs.generate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * A scratch file of Java-serialized objects (Spark rows, statistics) that a task makes beside its output, read
 * back by a later step as a stream: neither side holds more than a few objects. Deflated, as report rows
 * carry their section texts.
 */
final class ObjectSpill implements Closeable {

    /** Java serialization remembers every object written until a reset, so that memory would grow with the file. */
    private static final int RESET_EVERY = 500;

    private final ObjectOutputStream out;
    private int written;
    private boolean closed;

    private ObjectSpill(ObjectOutputStream out) {
        this.out = out;
    }

    static ObjectSpill create(HadoopFiles files, String relative) throws IOException {
        return new ObjectSpill(new ObjectOutputStream(new BufferedOutputStream(
                new DeflaterOutputStream(files.create(relative), new Deflater(Deflater.BEST_SPEED), 1 << 16), 1 << 16)));
    }

    void write(Object value) throws IOException {
        out.writeObject(value);
        if (++written % RESET_EVERY == 0) {
            out.reset();
        }
    }

    /** Ends the file (a null marks its end) and closes it; a second call does nothing. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            out.writeObject(null);
            out.close();
        }
    }

    /** The objects of a spill file, read as they are asked for; the file is closed after the last one. */
    @SuppressWarnings("unchecked")
    static <T> Iterator<T> read(HadoopFiles files, String relative) throws IOException {
        ObjectInputStream in = new ContextClassInput(new BufferedInputStream(
                new InflaterInputStream(files.fs().open(files.path(relative)), new Inflater(), 1 << 16), 1 << 16));
        return new Iterator<>() {
            private T next = readNext();

            private T readNext() {
                try {
                    T value = (T) in.readObject();
                    if (value == null) {
                        in.close();
                    }
                    return value;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the spill file " + relative, e);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("the spill file " + relative + " holds an unknown class", e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public T next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                T value = next;
                next = readNext();
                return value;
            }
        };
    }

    /** On a cluster the job's classes come from the task's class loader, which plain deserialization does not ask. */
    private static final class ContextClassInput extends ObjectInputStream {

        ContextClassInput(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(description);
            }
        }
    }
}
