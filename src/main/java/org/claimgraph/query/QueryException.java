package org.claimgraph.query;

import org.claimgraph.ClaimGraphException;

/**
 * A query cannot be loaded, bound or run: unknown query name, SPARQL syntax error (with line and
 * column), unknown or missing parameter, timeout. The message names the query.
 */
public class QueryException extends ClaimGraphException {
    private static final long serialVersionUID = 1L;

    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
