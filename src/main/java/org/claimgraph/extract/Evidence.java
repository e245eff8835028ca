package org.claimgraph.extract;

import java.util.Objects;

/** The sentence that states a claim, and where it stands in the original abstract. */
public record Evidence(String sentence, Span span) {
    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(span, "span");
    }
}
