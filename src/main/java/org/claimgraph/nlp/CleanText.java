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

    /**
     * The tight original end of a cleaned span ending at {@code cleanedEnd}: just after the source
     * of its last character when that character was copied verbatim, so markup that was dropped after
     * it (a closing brace or {@code $}) stays outside; otherwise {@link #originalOffset(int)}.
     */
    public int originalEnd(int cleanedEnd) {
        if (cleanedEnd > 0) {
            int last = toOriginal[cleanedEnd - 1];
            if (original.charAt(last) == text.charAt(cleanedEnd - 1)) {
                return last + 1;
            }
        }
        return toOriginal[cleanedEnd];
    }
}
