package org.claimgraph.extract;

/** Kinds of named things a claim can mention; the first six are the {@code type}s CLAIMS-SCHEMA.md allows for proposals. */
public enum EntityType {
    METHOD("Method"),
    MODEL("Model"),
    DATASET("Dataset"),
    BENCHMARK("Benchmark"),
    METRIC("Metric"),
    FRAMEWORK("Framework"),
    TASK("Task");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The name used in claims JSON and in the ontology's class names. */
    public String label() {
        return label;
    }

    public static EntityType fromLabel(String label) {
        for (EntityType t : values()) {
            if (t.label.equalsIgnoreCase(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type: " + label);
    }
}
