package org.claimgraph.serve;

import org.claimgraph.ClaimGraphException;

/** The SPARQL server cannot be configured or started (port taken, host not local, bad settings). */
public class ServeException extends ClaimGraphException {
    private static final long serialVersionUID = 1L;

    public ServeException(String message) {
        super(message);
    }

    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
