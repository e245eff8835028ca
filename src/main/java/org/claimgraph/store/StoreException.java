package org.claimgraph.store;

import org.claimgraph.ClaimGraphException;

/** The store could not be opened, read or written; the message names the database folder. */
public class StoreException extends ClaimGraphException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
