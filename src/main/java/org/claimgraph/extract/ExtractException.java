package org.claimgraph.extract;

import org.claimgraph.ClaimGraphException;

/** Failure of the extraction stage, such as a lexicon missing from the classpath. */
public class ExtractException extends ClaimGraphException {
    private static final long serialVersionUID = 1L;

    public ExtractException(String message) {
        super(message);
    }

    public ExtractException(String message, Throwable cause) {
        super(message, cause);
    }
}
