package org.claimgraph.export;

import org.claimgraph.ClaimGraphException;

/** An export cannot be produced: unknown format, a format that does not fit the request, a write failure. */
public class ExportException extends ClaimGraphException {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
