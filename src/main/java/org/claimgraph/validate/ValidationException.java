package org.claimgraph.validate;

import org.claimgraph.ClaimGraphException;

/** The shapes cannot be read, or data does not conform to them; the message says which and where. */
public class ValidationException extends ClaimGraphException {
    private static final long serialVersionUID = 1L;

    public ValidationException(String message) {
        super(message);
    }

    public ValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
