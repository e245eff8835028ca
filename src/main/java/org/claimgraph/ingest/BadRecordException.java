package org.claimgraph.ingest;

/** Why one record cannot become a {@link Paper}; readers turn it into a {@link Reject} and go on. */
final class BadRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    BadRecordException(String reason) {
        super(reason, null, false, false);
    }
}
