package org.claimgraph.store;

import java.nio.charset.StandardCharsets;

/**
 * A fixed-size Bloom filter over strings (paper graph names): "maybe seen" or "certainly not
 * seen". A bulk load uses it to spot repeated papers in constant memory; a false "maybe" only sends a paper down the slower
 * replace path, which is still correct.
 */
final class IdFilter {
    private static final int HASHES = 5;
    private final long[] bits;
    private final long mask;

    /** A filter of {@code 2^log2Bits} bits. */
    IdFilter(int log2Bits) {
        if (log2Bits < 6 || log2Bits > 34) {
            throw new IllegalArgumentException("log2Bits must be in 6..34: " + log2Bits);
        }
        this.bits = new long[1 << (log2Bits - 6)];
        this.mask = (1L << log2Bits) - 1;
    }

    /** Adds {@code id}; returns false if it may have been added before, true if it certainly was not. */
    boolean add(String id) {
        long h1 = fnv1a(id);
        long h2 = mix(h1) | 1;
        boolean fresh = false;
        for (int i = 0; i < HASHES; i++) {
            long bit = (h1 + i * h2) & mask;
            int word = (int) (bit >>> 6);
            long m = 1L << (bit & 63);
            if ((bits[word] & m) == 0) {
                fresh = true;
                bits[word] |= m;
            }
        }
        return fresh;
    }

    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
