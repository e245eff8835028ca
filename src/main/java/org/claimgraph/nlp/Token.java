package org.claimgraph.nlp;

import java.util.Objects;

/** One token with its part-of-speech tag; offsets are into {@link AnalyzedText#text()} (the cleaned text). */
public record Token(String text, int start, int end, String pos) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token span [" + start + "," + end + ")");
        }
    }
}
