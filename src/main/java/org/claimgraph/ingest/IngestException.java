package org.claimgraph.ingest;

import org.claimgraph.ClaimGraphException;

/** An input cannot be read at all (missing file, unknown format); bad single records become {@link Reject}s instead. */
public class IngestException extends ClaimGraphException {
    private static final long serialVersionUID = 1L;

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
