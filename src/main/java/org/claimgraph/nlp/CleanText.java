package org.claimgraph.nlp;

import java.util.Objects;

/**
 * Text with LaTeX leftovers cleaned away, plus the map back to the original: {@code toOriginal[i]}
 * is the offset in the original string of cleaned character {@code i}; it has one extra entry for
 * the end position, so a cleaned span {@code [s,e)} maps to {@code [toOriginal[s], toOriginal[e])}.
 */
public record CleanText(String text, String original, int[] toOriginal) {
    public CleanText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(toOriginal, "toOriginal");
        if (toOriginal.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map has " + toOriginal.length
                    + " entries for " + text.length() + " characters");
        }
        toOriginal = toOriginal.clone();
    }

    /** Text that needed no cleaning: the identity map. */
    public static CleanText identity(String text) {
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return new CleanText(text, text, map);
    }

    /** Offset in the original text of cleaned offset {@code cleanedOffset} (0..length inclusive). */
    public int originalOffset(int cleanedOffset) {
        return toOriginal[cleanedOffset];
    }
}
