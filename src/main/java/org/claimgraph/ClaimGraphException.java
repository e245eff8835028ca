package org.claimgraph;

/**
 * Root of every error claimgraph raises on purpose. Each pipeline stage has its own subclass, and
 * every message names the input and where in it the problem is, so a user can act on it.
 */
public class ClaimGraphException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ClaimGraphException(String message) {
        super(message);
    }

    public ClaimGraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
