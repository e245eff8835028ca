package org.claimgraph.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.rdf.Provenance;

/**
 * Checks claimgraph RDF against SHACL shapes, by default the bundled {@code ontology/shapes.ttl}.
 *
 * <p>Design decision: a store can be checked two ways. {@link #validatePapers} checks each paper's
 * named graph on its own, one at a time: memory stays at one paper, and every graph must be complete
 * by itself, as the model requires (a claim's paper and entities are typed in the claim's graph).
 * {@link #validateUnion} checks the union graph that queries see, where entities are shared between
 * papers. Implementations are immutable and thread-safe.
 */
public interface ClaimValidator {

    /** Checks one graph, e.g. a paper's graph in memory. */
    ValidationReport validate(Graph graph);

    /** Maps one paper's claims to RDF in memory, as the store would write them, and checks that graph. */
    ValidationReport validate(PaperClaims claims, Provenance provenance);

    /** Checks each named graph of {@code ds} separately, in one read transaction; violations name their graph. */
    ValidationReport validatePapers(Dataset ds);

    /** Checks the union of the named graphs of {@code ds}, in one read transaction. */
    ValidationReport validateUnion(Dataset ds);

    /**
     * A validator with the shapes bundled in the jar ({@code ontology/shapes.ttl}).
     *
     * @throws ValidationException if the shapes are missing or do not parse
     */
    static ClaimValidator shacl() {
        return ShapesValidator.bundled();
    }

    /** A validator with the given SHACL shapes graph. */
    static ClaimValidator shacl(Graph shapes) {
        return new ShapesValidator(shapes);
    }
}
