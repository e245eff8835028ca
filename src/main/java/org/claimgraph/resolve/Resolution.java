package org.claimgraph.resolve;

import java.time.Duration;
import java.util.Objects;

/**
 * What one resolution run found.
 *
 * @param nodes entity nodes in the papers' graphs
 * @param entities canonical entities they resolve to (nodes minus merged nodes)
 * @param mergedGroups entities with more than one node
 * @param ambiguousKeys keys (usually acronyms) of a node that several different long forms claim, so not used to merge
 * @param proposalsKept acronyms not merged with a long form because a paper proposes the acronym's node as its own
 * @param quads quads written to the entities graph
 * @param elapsed wall time of the run
 */
public record Resolution(long nodes, long entities, long mergedGroups, long ambiguousKeys, long proposalsKept, long quads,
        Duration elapsed) {
    public Resolution {
        Objects.requireNonNull(elapsed, "elapsed");
        if (nodes < 0 || entities < 0 || mergedGroups < 0 || ambiguousKeys < 0 || proposalsKept < 0 || quads < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        if (entities > nodes || mergedGroups > entities) {
            throw new IllegalArgumentException("inconsistent counts: " + nodes + " nodes, " + entities + " entities, "
                    + mergedGroups + " merged groups");
        }
    }

    /** Nodes that are not their entity's canonical node. */
    public long mergedNodes() {
        return nodes - entities;
    }

    /** One line for humans, e.g. {@code 102 entity nodes -> 99 entities (3 nodes merged into 3 groups) ...}. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%,d entity nodes -> %,d entities (%,d nodes merged into %,d groups; not merged: %,d ambiguous "
                        + "acronyms, %,d acronyms another paper proposes), %,d quads in %s, in %.1f s",
                nodes, entities, mergedNodes(), mergedGroups, ambiguousKeys, proposalsKept, quads, EntityResolver.ENTITIES_GRAPH,
                elapsed.toMillis() / 1000.0);
    }
}
