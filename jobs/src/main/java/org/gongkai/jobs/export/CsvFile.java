package org.gongkai.jobs.export;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;

import static org.apache.spark.sql.functions.base64;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

/**
 * Rows as one CSV file that Excel opens with its Chinese intact: UTF-8 with a byte order mark, a header row, RFC 4180
 * (CRLF line ends; a field with a comma, quote or line break quoted, quotes doubled). A null is an empty field, an
 * empty string a quoted one ({@code ""}). Nested values are written as JSON, bytes as Base64. The rows stream through
 * the driver one partition at a time, so the file is written in one piece whatever the table's size.
 */
public final class CsvFile {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String CRLF = "\r\n";

    private CsvFile() {
    }

    /** Writes the rows to {@code out} (not closed) and returns how many were written. */
    public static long write(Dataset<Row> rows, OutputStream out) throws IOException {
        Dataset<Row> text = rows.select(Arrays.stream(rows.schema().fields()).map(CsvFile::asText).toArray(Column[]::new));
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writeLine(writer, rows.columns());
        long count = 0;
        Iterator<Row> iterator = text.toLocalIterator();
        String[] fields = new String[rows.columns().length];
        while (iterator.hasNext()) {
            Row row = iterator.next();
            for (int i = 0; i < fields.length; i++) {
                fields[i] = row.isNullAt(i) ? null : row.getString(i);
            }
            writeLine(writer, fields);
            count++;
        }
        writer.flush();
        return count;
    }

    private static Column asText(StructField field) {
        Column column = col("`" + field.name() + "`");
        if (field.dataType() instanceof StringType) {
            return column;
        }
        if (field.dataType() instanceof ArrayType || field.dataType() instanceof MapType
                || field.dataType() instanceof StructType) {
            return to_json(column).as(field.name());
        }
        if (field.dataType() instanceof BinaryType) {
            return base64(column).as(field.name());
        }
        return column.cast("string").as(field.name());
    }

    private static void writeLine(Writer writer, String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(fields[i]));
        }
        writer.write(CRLF);
    }

    /** One field as RFC 4180 writes it. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quoted = value.isEmpty() || value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quoted ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
