package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;

import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.size;

/**
 * One-permutation MinHash of a text's character shingles, in Spark SQL: each shingle is hashed once
 * (xxhash64), the top bits of its hash choose one of {@code hashes} bins, and a bin keeps its smallest hash.
 * Hashing every shingle k times would cost k × (number of shingles) lambda evaluations per text; one
 * permutation costs one evaluation per shingle and a sort, whatever k is (measured: about 0.5 ms of CPU per
 * 1,000-character text, most of it in the regular expressions that normalize the text and cut the shingles).
 * <p>
 * A bin no shingle fell into (common for short texts) borrows the minimum of the nearest non-empty bin to its
 * right, rehashed with the distance (densification by rotation, Shrivastava and Li 2014): two texts then
 * agree in that bin only if they borrowed the same minimum from the same distance, which keeps the share of
 * agreeing bins an unbiased estimate of the Jaccard similarity.
 * <p>
 * The signature is an array of {@code hashes} ints (the low 32 bits of each bin's value: half the size of
 * longs, and a chance collision per bin of 2⁻³²).
 */
final class MinHashSignature {

    private final int shingleLength;
    private final int hashes;
    private final int binShift;

    /** @param hashes the number of bins, a power of two */
    MinHashSignature(int shingleLength, int hashes) {
        if (hashes < 2 || Integer.bitCount(hashes) != 1) {
            throw new IllegalArgumentException("the number of hashes must be a power of two, at least 2: " + hashes);
        }
        this.shingleLength = shingleLength;
        this.hashes = hashes;
        this.binShift = Long.SIZE - Integer.numberOfTrailingZeros(hashes);
    }

    /**
     * The signature of the text column {@code text} (normalized text), or null when the text has fewer than
     * {@code minLength} characters.
     * <p>
     * One expression, each intermediate array bound to a lambda variable by {@link #let}: an expression written
     * inside a lambda would be evaluated once per array element, and an array stored in a column between
     * projections comes back as an UnsafeArrayData, whose element reads in a lambda cost about a microsecond
     * each in Spark 4.2 (each read looks up a SQL setting).
     */
    Column of(String text, int minLength) {
        // A zero-width regex match at each position gives the shingles natively; substring(text, p, k) inside a
        // lambda would cost O(p) per shingle, as a UTF-8 string is scanned from its start to find character p.
        String sortedHashes = String.format(
                "sort_array(transform(regexp_extract_all(t, '(?=(.{%d}))', 1), shingle -> xxhash64(shingle)))", shingleLength);
        // Sorted hashes come bin by bin, in bin order, so a bin's minimum is the first hash of its run.
        String binMinima = String.format("filter(hashes, (h, i) -> i = 0 or %s != %s)", bin("h"), bin("get(hashes, i - 1)"));
        // Only a text with an empty bin needs the lookup by bin (a 1,000-character text has one in 128 bins with a
        // chance of one in twenty).
        String densified = let(String.format("map_from_arrays(transform(minima, h -> %s), minima)", bin("h")), "by_bin",
                String.format("transform(sequence(0L, %dL), b -> coalesce(try_element_at(by_bin, b), %s))", hashes - 1, borrowed()));
        String signature = let(sortedHashes, "hashes", let(binMinima, "minima", String.format(
                "transform(if(size(minima) = %d, minima, %s), v -> cast(shiftright(shiftleft(v, 32), 32) as int))",
                hashes, densified)));
        return expr(let(text, "t", String.format("if(char_length(t) < %d, null, %s)", minLength, signature)));
    }

    /** {@code body} with {@code variable} bound to {@code value}, which is evaluated once. */
    private static String let(String value, String variable, String body) {
        return "transform(array(" + value + "), " + variable + " -> " + body + ")[0]";
    }

    /** The estimated Jaccard similarity of two signatures: the share of bins where they agree. */
    Column similarity(Column a, Column b) {
        // The values of one signature are distinct (bins hold different shingles, a borrowed value is rehashed
        // with its distance; equal low 32 bits by chance are rare), so the size of the intersection is the
        // number of agreeing bins, counted natively instead of by a lambda per bin.
        return size(array_intersect(a, b)).cast("double").divide(hashes);
    }

    /** The top bits of a hash, as a bin in 0 … hashes − 1 that grows with the (signed) hash. */
    private String bin(String hash) {
        return "(shiftright(" + hash + ", " + binShift + ") + " + hashes / 2 + ")";
    }

    /** The value an empty bin b borrows: the next non-empty bin's minimum, rehashed with the distance. */
    private String borrowed() {
        String source = String.format("try_element_at(by_bin, (b + step) %% %d)", hashes);
        return String.format("aggregate(sequence(1L, %1$dL), cast(null as bigint),"
                + " (found, step) -> coalesce(found, if(%2$s is null, null, xxhash64(%2$s, step))))", hashes - 1, source);
    }
}
