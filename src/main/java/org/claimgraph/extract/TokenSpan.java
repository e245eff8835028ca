package org.claimgraph.extract;

import java.util.Objects;

/** A labelled run of tokens {@code [start, end)} in a tokenised sentence, as NER corpora annotate names. */
public record TokenSpan(int start, int end, String label) {
    public TokenSpan {
        Objects.requireNonNull(label, "label");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token span [" + start + "," + end + ") " + label);
        }
    }
}
