package org.claimgraph.extract;

import java.util.Objects;

/** A name found in a sentence; offsets are into the sentence's text. */
record Mention(String text, int start, int end, EntityType type) {
    Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    int length() {
        return end - start;
    }
}
