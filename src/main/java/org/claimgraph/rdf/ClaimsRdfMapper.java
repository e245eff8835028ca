package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.ingest.Paper;

/**
 * The RDF stage: one paper's claims as quads in that paper's named graph (RDF-MODEL.md), pushed
 * into a {@link StreamRDF} so a corpus can flow into a file writer or a TDB2 store without ever
 * being a {@code Model} in memory.
 *
 * <p>Choices RDF-MODEL.md leaves open: a result's method, benchmark, metric or baseline that
 * matches (by key) the name or an alias of one of the paper's own entities uses that entity's node;
 * numbers are written in Jena's canonical lexical forms, the forms TDB2 returns; only proposed
 * methods, models and frameworks get {@code cg:evaluatedOn}; a url that is not an absolute IRI and a
 * date that is not ISO {@code yyyy-mm-dd} are kept as plain literals.
 *
 * <p>Design decision: {@link #write} neither calls {@code start()}/{@code finish()} nor declares
 * prefixes, because it is called once per paper on a stream that outlives it; the caller owns the
 * stream and calls {@link #declarePrefixes} once. Implementations are stateless and thread-safe.
 */
public interface ClaimsRdfMapper {

    /**
     * Sends every quad for {@code claims} to {@code out}, all in the graph {@link #graphOf} the paper.
     * The same claims and provenance always give the same set of quads, each sent once.
     */
    void write(PaperClaims claims, Provenance provenance, StreamRDF out);

    /** The mapper of RDF-MODEL.md. */
    static ClaimsRdfMapper create() {
        return new PaperGraphWriter();
    }

    /** The paper's IRI, which is also the IRI of the named graph holding all its triples. */
    static Node paperIri(String paperId) {
        return NodeFactory.createURI(Iris.paper(paperId));
    }

    /** The named graph of {@code paper}: its paper IRI. */
    static Node graphOf(Paper paper) {
        return paperIri(paper.id());
    }

    /** The prefixes of the model (cg, id, dcterms, schema, prov, oa, skos, mls, fabio, xsd, rdf, rdfs); a fresh copy. */
    static PrefixMap prefixes() {
        return Vocab.prefixMap();
    }

    /** Declares {@link #prefixes()} on {@code out}; call once per stream, before the first quad. */
    static void declarePrefixes(StreamRDF out) {
        prefixes().forEach(out::prefix);
    }
}
