package org.claimgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The claimgraph ontology's terms as Jena constants. It mirrors {@code ontology/claimgraph.ttl}
 * term for term; a test fails when the two drift apart.
 */
public final class CG {
    /** Namespace of the ontology's terms. */
    public static final String NS = "https://w3id.org/claimgraph/ontology#";
    /** Base of the IRIs minted for papers, entities and claims. */
    public static final String ID = "https://w3id.org/claimgraph/id/";
    /** IRI of the ontology itself. */
    public static final String ONTOLOGY = "https://w3id.org/claimgraph/ontology";

    // classes
    public static final Resource Paper = resource("Paper");
    public static final Resource Entity = resource("Entity");
    public static final Resource Method = resource("Method");
    public static final Resource Model = resource("Model");
    public static final Resource Framework = resource("Framework");
    public static final Resource Dataset = resource("Dataset");
    public static final Resource Benchmark = resource("Benchmark");
    public static final Resource Metric = resource("Metric");
    public static final Resource Task = resource("Task");
    public static final Resource Claim = resource("Claim");
    public static final Resource ResultClaim = resource("ResultClaim");
    public static final Resource ProposalClaim = resource("ProposalClaim");
    public static final Resource ResultKind = resource("ResultKind");
    public static final Resource EntityLink = resource("EntityLink");
    public static final Resource EntityLookup = resource("EntityLookup");

    // individuals of ResultKind
    public static final Resource Absolute = resource("Absolute");
    public static final Resource Improvement = resource("Improvement");
    public static final Resource Reduction = resource("Reduction");
    public static final Resource Ratio = resource("Ratio");

    // object properties
    public static final Property proposes = property("proposes");
    public static final Property evaluatedOn = property("evaluatedOn");
    public static final Property addressesTask = property("addressesTask");
    public static final Property usesMetric = property("usesMetric");
    public static final Property hasClaim = property("hasClaim");
    public static final Property statedIn = property("statedIn");
    public static final Property proposedEntity = property("proposedEntity");
    public static final Property method = property("method");
    public static final Property benchmark = property("benchmark");
    public static final Property metric = property("metric");
    public static final Property baseline = property("baseline");
    public static final Property kind = property("kind");
    public static final Property evidence = property("evidence");
    public static final Property canonical = property("canonical");

    // datatype properties
    public static final Property value = property("value");
    public static final Property unit = property("unit");
    public static final Property baselineValue = property("baselineValue");
    public static final Property confidence = property("confidence");
    public static final Property matchKey = property("matchKey");
    public static final Property linkScore = property("linkScore");
    public static final Property matchedName = property("matchedName");
    public static final Property lookupQuery = property("lookupQuery");
    public static final Property paperId = property("paperId");
    public static final Property methodName = property("methodName");
    public static final Property benchmarkName = property("benchmarkName");
    public static final Property metricName = property("metricName");
    public static final Property baselineName = property("baselineName");
    public static final Property rankKey = property("rankKey");

    private CG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
