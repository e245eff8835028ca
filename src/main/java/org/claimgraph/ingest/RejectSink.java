package org.claimgraph.ingest;

/**
 * Collector for records that cannot be used. Readers report a bad record here and go on with the
 * next one, so one bad line never stops a batch; under {@code --strict} the sink throws instead.
 * {@link RejectsReport} counts rejects and writes them to a file.
 */
@FunctionalInterface
public interface RejectSink {
    void reject(Reject reject);

    /** A sink that stops reading at the first bad record with an {@link IngestException} naming its file and line. */
    static RejectSink strict() {
        return r -> {
            throw new IngestException(r.where() + ": " + r.reason()
                    + (r.excerpt().isEmpty() ? "" : " [" + r.excerpt() + "]"));
        };
    }
}
