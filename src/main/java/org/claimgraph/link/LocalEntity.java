package org.claimgraph.link;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entity of the store to look up.
 *
 * @param iri the entity's IRI in the claimgraph id space
 * @param kind what it is, which decides the types a candidate must have
 * @param names its surface forms (every {@code rdfs:label}, aliases included), in a stable order
 */
public record LocalEntity(String iri, EntityKind kind, List<String> names) {
    public LocalEntity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(kind, "kind");
        Set<String> distinct = new LinkedHashSet<>();
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                distinct.add(n.strip());
            }
        }
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("entity " + iri + " has no name");
        }
        names = List.copyOf(distinct);
    }
}
