package org.claimgraph.extract;

import java.util.List;
import java.util.Objects;

/** A named thing as the abstract writes it: long form as {@code name}, acronyms and other surface forms as aliases. */
public record Entity(String name, List<String> aliases, EntityType type) {
    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("entity name is blank");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static Entity of(String name, EntityType type) {
        return new Entity(name, List.of(), type);
    }
}
