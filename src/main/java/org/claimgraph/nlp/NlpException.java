package org.claimgraph.nlp;

import org.claimgraph.ClaimGraphException;

/** Failure of the NLP stage, such as a model missing from the classpath. */
public class NlpException extends ClaimGraphException {
    private static final long serialVersionUID = 1L;

    public NlpException(String message, Throwable cause) {
        super(message, cause);
    }
}
