package org.claimgraph.ingest;

/**
 * Collector for records that cannot be used. Readers report a bad record here and go on with the
 * next one, so one bad line never stops a batch; under {@code --strict} the sink throws instead.
 */
@FunctionalInterface
public interface RejectSink {
    void reject(Reject reject);
}
