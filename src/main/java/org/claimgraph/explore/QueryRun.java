package org.claimgraph.explore;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A canned query as a page ran it: its name, the parameters, the SPARQL with the parameters bound
 * (what the page shows and links to), and the rows.
 *
 * @param name the canned query's name ({@code explore-leaderboard})
 * @param parameters the values given to it
 * @param sparql the bound query text
 * @param rows its result
 */
record QueryRun(String name, Map<String, String> parameters, String sparql, List<Row> rows) {
    QueryRun {
        Objects.requireNonNull(name, "name");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(sparql, "sparql");
        rows = List.copyOf(rows);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }
}
