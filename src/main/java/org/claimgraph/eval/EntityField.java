package org.claimgraph.eval;

/** The entity lists of a claims record that are scored by set match, in score.py's order. */
public enum EntityField {
    PROPOSES("proposes"),
    BENCHMARKS("benchmarks"),
    METRICS("metrics"),
    TASKS("tasks");

    private final String label;

    EntityField(String label) {
        this.label = label;
    }

    /** The JSON field name, also the row name in the score table. */
    public String label() {
        return label;
    }
}
