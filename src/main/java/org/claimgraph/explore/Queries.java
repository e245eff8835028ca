package org.claimgraph.explore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.system.Txn;
import org.claimgraph.query.CannedQuery;
import org.claimgraph.query.QueryService;

/** Runs the explorer's canned queries against the served dataset with the server's query timeout. */
final class Queries {
    private final Dataset dataset;
    private final Duration timeout;
    private final QueryService service = QueryService.create();
    private final Map<String, CannedQuery> loaded = new ConcurrentHashMap<>();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    Queries(Dataset dataset, Duration timeout) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * Runs {@code queries/NAME.rq} with {@code parameters} bound through the query's declared
     * parameters (so through {@code ParameterizedSparqlString}).
     *
     * @throws org.claimgraph.query.QueryException on a timeout or a bad parameter value
     */
    QueryRun run(String name, Map<String, String> parameters) {
        return Txn.calculateRead(dataset, () -> runInTransaction(name, parameters));
    }

    /**
     * As {@link #run}, but answered from memory while the store's data version (see {@link
     * DataVersion}) is the one the remembered answer was computed at: for aggregates over the
     * whole store, such as the home page's, that no index can make fast. Without a data version,
     * nothing is remembered.
     */
    QueryRun runCached(String name, Map<String, String> parameters) {
        return Txn.calculateRead(dataset, () -> {
            OptionalLong version = DataVersion.current(dataset);
            if (version.isEmpty()) {
                return runInTransaction(name, parameters);
            }
            String key = name + parameters;
            Cached cached = cache.get(key);
            if (cached != null && cached.version() == version.getAsLong()) {
                return cached.run();
            }
            QueryRun run = runInTransaction(name, parameters);
            cache.put(key, new Cached(version.getAsLong(), run));
            return run;
        });
    }

    private record Cached(long version, QueryRun run) {
    }

    private QueryRun runInTransaction(String name, Map<String, String> parameters) {
        CannedQuery query = loaded.computeIfAbsent(name, CannedQuery::load);
        String sparql = query.bind(parameters).serialize();
        ResultSetRewindable results = service.select(dataset, query, parameters, timeout);
        List<Row> rows = new ArrayList<>();
        while (results.hasNext()) {
            rows.add(Row.of(results.next()));
        }
        return new QueryRun(name, parameters, sparql, rows);
    }
}
