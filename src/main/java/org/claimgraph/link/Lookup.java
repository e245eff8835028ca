package org.claimgraph.link;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The answer to one lookup.
 *
 * @param endpoint where the query was sent
 * @param query the query text as sent, names bound
 * @param time when the endpoint answered (for a cached answer: when it first answered)
 * @param fromCache true when no request was made
 * @param candidates the rows, in the endpoint's order
 */
public record Lookup(URI endpoint, String query, Instant time, boolean fromCache, List<Candidate> candidates) {
    public Lookup {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(time, "time");
        candidates = List.copyOf(candidates);
    }
}
