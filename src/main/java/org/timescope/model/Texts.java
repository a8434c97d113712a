package org.timescope.model;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * A column of strings (the keys or titles of a million events) that need not be a million {@code String}s: either
 * strings already made, or one block of UTF-8 with each value's place in it, a value decoded only when it is asked
 * for ({@link #get}). Read from the column cache, the block is one array the garbage collector never walks, where a
 * {@code String[]} is two million objects it copies from one young collection to the next (decision 0043); the
 * timeline and the table ask for the few values on screen. Values may be null.
 */
public final class Texts {

    private final String[] strings;
    private final byte[] utf8;
    private final int[] from;
    private final int[] length;
    private final String repeated;
    private final int size;

    private Texts(String[] strings, byte[] utf8, int[] from, int[] length, String repeated, int size) {
        this.strings = strings;
        this.utf8 = utf8;
        this.from = from;
        this.length = length;
        this.repeated = repeated;
        this.size = size;
    }

    /** These strings (the array is kept, not copied: the caller gives it up). */
    public static Texts of(String... strings) {
        return new Texts(strings, null, null, null, null, strings.length);
    }

    /** {@code n} times the same value. */
    public static Texts repeated(String value, int n) {
        return new Texts(null, null, null, null, value, n);
    }

    /**
     * Values held as UTF-8 in {@code block}: value i is {@code length[i]} bytes from {@code from[i]}, null where
     * {@code length[i]} is negative (arrays kept, not copied).
     */
    public static Texts utf8(byte[] block, int[] from, int[] length) {
        if (from.length != length.length) {
            throw new IllegalArgumentException("as many places as lengths");
        }
        return new Texts(null, block, from, length, null, from.length);
    }

    public int size() {
        return size;
    }

    /** Value i (decoded now when the column holds UTF-8). */
    public String get(int i) {
        if (strings != null) {
            return strings[i];
        }
        if (utf8 == null) {
            java.util.Objects.checkIndex(i, size);
            return repeated;
        }
        int n = length[i];
        return n < 0 ? null : new String(utf8, from[i], n, StandardCharsets.UTF_8);
    }

    /** The values at {@code rows}, in that order (a block is shared, not copied or decoded). */
    public Texts select(int[] rows) {
        int n = rows.length;
        if (strings != null) {
            String[] out = new String[n];
            for (int j = 0; j < n; j++) {
                out[j] = strings[rows[j]];
            }
            return of(out);
        }
        if (utf8 == null) {
            for (int r : rows) {
                java.util.Objects.checkIndex(r, size);
            }
            return repeated(repeated, n);
        }
        int[] f = new int[n];
        int[] l = new int[n];
        for (int j = 0; j < n; j++) {
            f[j] = from[rows[j]];
            l[j] = length[rows[j]];
        }
        return new Texts(null, utf8, f, l, null, n);
    }

    /** Every value as a string (decodes them all). */
    public String[] toArray() {
        String[] out = new String[size];
        for (int i = 0; i < size; i++) {
            out[i] = get(i);
        }
        return out;
    }

    /** A read-only view, each value decoded when read. */
    public List<String> asList() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return Texts.this.get(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Equal when the values are, in the same order, however held. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Texts t && (t == this || Arrays.equals(t.toArray(), toArray()));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toArray());
    }

    @Override
    public String toString() {
        return size <= 8 ? asList().toString() : "[" + size + " texts]";
    }
}
