package org.claimgraph.link;

import java.util.List;

/** Told about each lookup as it finishes, e.g. to draw progress. */
@FunctionalInterface
public interface LinkListener {
    LinkListener NONE = (entity, lookup, links, done, total) -> { };

    /** {@code done} of {@code total} entities are looked up; the last one gave {@code links}. */
    void lookedUp(LocalEntity entity, Lookup lookup, List<ScoredLink> links, long done, long total);
}
