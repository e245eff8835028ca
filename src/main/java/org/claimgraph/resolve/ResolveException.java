package org.claimgraph.resolve;

import org.claimgraph.store.StoreException;

/** Resolution could not read or write the store; a store error, so the same exit code. */
public class ResolveException extends StoreException {
    private static final long serialVersionUID = 1L;

    public ResolveException(String message, Throwable cause) {
        super(message, cause);
    }
}
