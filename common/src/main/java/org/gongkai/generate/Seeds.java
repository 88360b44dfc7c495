package org.gongkai.generate;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Stable random streams named by (seed, names): the same names give the same stream on every machine and in
 * every partitioning, which is what makes the corpus a pure function of the seed and the agency ids.
 */
public final class Seeds {

    private Seeds() {
    }

    /** A 64-bit hash of the seed and the names (FNV-1a over UTF-8, then the SplitMix64 finalizer). */
    public static long hash(long seed, Object... names) {
        long h = 0xcbf29ce484222325L ^ mix(seed);
        for (Object name : names) {
            for (byte b : String.valueOf(name).getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
            h = (h ^ 0x1f) * 0x100000001b3L;
        }
        return mix(h);
    }

    public static SplittableRandom random(long seed, Object... names) {
        return new SplittableRandom(hash(seed, names));
    }

    /** A uniform number in [0, 1) for the names: for yes/no decisions that must not depend on anything else. */
    public static double unit(long seed, Object... names) {
        return (hash(seed, names) >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
