package org.claimgraph.rdf;

import java.time.Instant;
import java.util.Objects;

/**
 * Who produced a batch of claims and when: recorded as the PROV-O agent and activity of every claim.
 * Pass the same value for the same run, so re-mapping the same input gives the same quads.
 *
 * @param extractorName the extractor's name, e.g. {@code claimgraph-rules}
 * @param extractorVersion its version, e.g. {@code 0.1.0}
 * @param time when the extraction ended
 */
public record Provenance(String extractorName, String extractorVersion, Instant time) {
    public Provenance {
        Objects.requireNonNull(extractorName, "extractorName");
        Objects.requireNonNull(extractorVersion, "extractorVersion");
        Objects.requireNonNull(time, "time");
        if (extractorName.isBlank() || extractorVersion.isBlank()) {
            throw new IllegalArgumentException("extractor name and version must not be blank");
        }
    }
}
