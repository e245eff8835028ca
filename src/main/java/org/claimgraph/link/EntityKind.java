package org.claimgraph.link;

import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Resource;
import org.claimgraph.rdf.CG;

/** The four kinds of entity a lookup query restricts types by; the name is what a template's {@code ?kind} receives. */
public enum EntityKind {
    DATASET(List.of(CG.Dataset, CG.Benchmark)),
    METHOD(List.of(CG.Method, CG.Model, CG.Framework)),
    METRIC(List.of(CG.Metric)),
    TASK(List.of(CG.Task));

    private final List<Resource> classes;

    EntityKind(List<Resource> classes) {
        this.classes = classes;
    }

    /** The claimgraph classes whose instances are of this kind. */
    public List<Resource> classes() {
        return classes;
    }

    /** Lower-case name, as bound to a template's {@code ?kind} and accepted by {@code --types}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of instances of {@code classIri}, or null when it is not an entity class. */
    public static EntityKind ofClass(String classIri) {
        for (EntityKind k : values()) {
            for (Resource c : k.classes) {
                if (c.getURI().equals(classIri)) {
                    return k;
                }
            }
        }
        return null;
    }

    /** {@code dataset}, {@code datasets}, {@code benchmark} ... case-insensitively. */
    public static EntityKind parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (EntityKind k : values()) {
            if (t.equals(k.label()) || t.equals(k.label() + "s")) {
                return k;
            }
        }
        return switch (t) {
            case "benchmark", "benchmarks" -> DATASET;
            case "model", "models", "framework", "frameworks" -> METHOD;
            default -> throw new IllegalArgumentException("unknown entity type '" + text
                    + "'; expected dataset, method, metric or task");
        };
    }
}
