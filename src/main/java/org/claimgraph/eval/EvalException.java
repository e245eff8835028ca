package org.claimgraph.eval;

import org.claimgraph.ClaimGraphException;

/** A gold or prediction file cannot be read at all; malformed single lines are warnings instead. */
public class EvalException extends ClaimGraphException {
    private static final long serialVersionUID = 1L;

    public EvalException(String message) {
        super(message);
    }

    public EvalException(String message, Throwable cause) {
        super(message, cause);
    }
}
