package org.claimgraph.link;

import org.claimgraph.ClaimGraphException;

/** A lookup failed (endpoint unreachable, refused, bad answer) or a link input is unusable; the message names the endpoint or file. */
public class LinkException extends ClaimGraphException {
    private static final long serialVersionUID = 1L;

    public LinkException(String message) {
        super(message);
    }

    public LinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
