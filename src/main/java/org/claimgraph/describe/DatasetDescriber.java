package org.claimgraph.describe;

import java.time.Clock;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.claimgraph.rdf.CG;

/**
 * Describes a claimgraph store so that catalogues and crawlers can find and size it: a VoID and
 * DCAT dataset with its counts, class and property partitions, vocabularies and rights.
 *
 * <p>Design decision: the abstracts belong to their authors and arrive without a licence, so the
 * description states rights in words ({@code dcterms:rights}) and asserts no {@code dcterms:license};
 * claiming an open licence such as CC-BY-4.0 for someone else's text would be wrong.
 */
public interface DatasetDescriber {
    /** The IRI of the described dataset unless another is given. */
    String DEFAULT_IRI = CG.ID + "dataset";
    /** Upper bound for each counting query. */
    Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    /**
     * Counts what {@code ds} holds with SPARQL COUNT queries, in one read transaction.
     *
     * @throws org.claimgraph.query.QueryException if a count does not finish within the timeout
     */
    DatasetStatistics statistics(Dataset ds);

    /** The VoID and DCAT description of a store with these counts, with prefixes set for writing. */
    Graph describe(DatasetStatistics statistics);

    /** {@link #describe(DatasetStatistics)} of {@link #statistics(Dataset)}. */
    default Graph describe(Dataset ds) {
        return describe(statistics(ds));
    }

    /** The dataset {@link #DEFAULT_IRI}, created now, counted with {@link #DEFAULT_TIMEOUT}. */
    static DatasetDescriber voidAndDcat() {
        return voidAndDcat(DEFAULT_IRI, Clock.systemUTC(), DEFAULT_TIMEOUT);
    }

    /** A describer for the dataset {@code iri}, whose {@code dcterms:created} comes from {@code clock}. */
    static DatasetDescriber voidAndDcat(String iri, Clock clock, Duration timeout) {
        return new VoidDcatDescriber(iri, clock, timeout);
    }
}
