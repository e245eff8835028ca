package org.claimgraph.link;

/** How a candidate's name met the entity's: the first factor of its score. */
public enum MatchKind {
    /** The candidate's label is one of the entity's surface forms, character for character. */
    LABEL(1.0),
    /** One of the candidate's aliases is one of the entity's surface forms. */
    ALIAS(0.85),
    /** Only a spelling of the entity's normalised key matched ("gsm8k" for "GSM-8K"). */
    KEY(0.7);

    private final double weight;

    MatchKind(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }
}
