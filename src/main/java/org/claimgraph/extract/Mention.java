package org.claimgraph.extract;

import java.util.Objects;

/** A name found in a sentence; offsets are into the sentence's text. */
public record Mention(String text, int start, int end, EntityType type) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention span [" + start + "," + end + ") of " + text);
        }
    }

    public int length() {
        return end - start;
    }
}
