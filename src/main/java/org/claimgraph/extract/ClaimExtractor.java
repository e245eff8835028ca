package org.claimgraph.extract;

import org.claimgraph.nlp.AnalyzedText;

/** The extraction stage: claims from one analysed abstract. Implementations are thread-safe. */
public interface ClaimExtractor {
    PaperClaims extract(AnalyzedText text);

    /** Name recorded as the PROV-O agent of every claim. */
    String name();

    /** Version recorded with {@link #name()}; changes whenever output for the same input may change. */
    String version();
}
