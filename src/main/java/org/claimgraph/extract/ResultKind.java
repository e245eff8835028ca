package org.claimgraph.extract;

import java.util.Locale;

/** How a result's number relates to performance (CLAIMS-SCHEMA.md). */
public enum ResultKind {
    /** A score as such: "reaches 94.76% accuracy". */
    ABSOLUTE,
    /** A gain over something: "+10.5% over GRPO". */
    IMPROVEMENT,
    /** A decrease of something bad: "cuts errors by 43.8%". */
    REDUCTION,
    /** A multiplicative factor: "eight-fold", "3x faster". */
    RATIO;

    /** The lowercase name used in claims JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ResultKind fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
