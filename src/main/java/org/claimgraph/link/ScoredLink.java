package org.claimgraph.link;

import java.util.Objects;

/**
 * A link to write: the entity, the external item, the relation and why.
 *
 * @param entity the local entity's IRI
 * @param item the external item's IRI
 * @param relation the property to write
 * @param score in (0, 1]: match weight x type fit x ambiguity factor
 * @param match how the names met
 * @param name the name they met by
 */
public record ScoredLink(String entity, String item, LinkRelation relation, double score, MatchKind match, String name) {
    public ScoredLink {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(name, "name");
        if (!(score > 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in (0, 1]: " + score);
        }
    }
}
