package org.claimgraph.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSetRewindable;

/**
 * Runs {@link CannedQuery canned queries} against a dataset, read-only and with a time limit.
 *
 * <p>User values enter SPARQL only through {@link CannedQuery#bind}, i.e. through Jena's
 * {@code ParameterizedSparqlString}; every run happens in a read transaction and is cancelled
 * when {@code timeout} passes, raising a {@link QueryException}.
 *
 * <p>Design decision: results are fully read (within the time limit) before anything is written,
 * so a timeout or error never leaves half a CSV or JSON document on {@code out}. Canned queries
 * return one row per claim or entity, which fits in memory; a query over every triple of a large
 * store should go to the SPARQL endpoint instead. Implementations are stateless and thread-safe.
 */
public interface QueryService {
    /** A sensible upper bound for interactive use. */
    Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Runs a SELECT or ASK query and writes its result to {@code out} in {@code format}; {@code out}
     * is flushed, not closed.
     */
    default void run(Dataset ds, CannedQuery query, Map<String, String> params, OutputFormat format, OutputStream out,
             Duration timeout) {
        run(ds, query, params, format, out, timeout, 0);
    }

    /** As {@link #run(Dataset, CannedQuery, Map, OutputFormat, OutputStream, Duration)}, at most {@code limit} rows (0: all). */
    void run(Dataset ds, CannedQuery query, Map<String, String> params, OutputFormat format, OutputStream out,
             Duration timeout, long limit);

    /** Runs a SELECT query and returns all its rows. */
    default ResultSetRewindable select(Dataset ds, CannedQuery query, Map<String, String> params, Duration timeout) {
        return select(ds, query, params, timeout, 0);
    }

    /**
     * Runs a SELECT query and returns at most {@code limit} rows (0: all); see
     * {@link CannedQuery#bind(Map, long)} for how a ranked query applies the limit.
     */
    ResultSetRewindable select(Dataset ds, CannedQuery query, Map<String, String> params, Duration timeout, long limit);

    /** The service for local datasets (TDB2 or in memory). */
    static QueryService create() {
        return new DatasetQueryService();
    }
}
