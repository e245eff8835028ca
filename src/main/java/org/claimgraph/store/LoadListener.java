package org.claimgraph.store;

import org.claimgraph.extract.PaperClaims;

/**
 * Told about each paper as it is written, e.g. to drive a progress bar. A paper reported here is
 * durable only once its batch commits; if the load fails, papers since the last commit are rolled back.
 */
@FunctionalInterface
public interface LoadListener {
    /** A listener that does nothing. */
    LoadListener NONE = (claims, papersSoFar) -> { };

    /**
     * @param claims the paper just written
     * @param papersSoFar papers written by this load so far, this one included
     */
    void paperLoaded(PaperClaims claims, long papersSoFar);
}
