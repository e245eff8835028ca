package org.claimgraph.nlp;

import java.util.List;
import java.util.Objects;

/** A sentence of the cleaned text with its tokens; offsets are into {@link AnalyzedText#text()}. */
public record Sentence(String text, int start, int end, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span [" + start + "," + end + ")");
        }
        tokens = List.copyOf(tokens);
    }
}
