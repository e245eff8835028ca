package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Evidence;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.extract.Result;
import org.claimgraph.extract.ResultKind;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.SourcePosition;
import org.junit.jupiter.api.Test;

/** Edge cases of the mapping that the golden files do not show. */
class ClaimsRdfMapperTest {
    private static final String ABSTRACT = "We build ODD, a dataset. Our method beats ODD-Net by 3 points on ODD.";

    private static Paper paper(String url, List<String> authors, String date) {
        return new Paper("p1", "A title", ABSTRACT, authors, date, url, List.of(), new SourcePosition("in.jsonl", 7));
    }

    private static Result result(String method, String benchmark, String baseline) {
        return new Result(method, benchmark, null, new BigDecimal("3"), "points", ResultKind.IMPROVEMENT, baseline, null,
                new Evidence("Our method beats ODD-Net by 3 points on ODD.", new Span(25, 70)), 0.9);
    }

    private static Graph graph(PaperClaims claims) {
        DatasetGraph dsg = ClaimsRdfMapperGoldenTest.map(claims);
        return dsg.getGraph(ClaimsRdfMapper.graphOf(claims.paper()));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    @Test
    void aUrlThatIsNotAnAbsoluteIriIsKeptAsText() {
        PaperClaims claims = new PaperClaims(paper("not a url", List.of(" ", "B. Author "), "2025-02-30"),
                List.of(), List.of(), List.of(), List.of(), List.of());
        Graph g = graph(claims);
        Node p = ClaimsRdfMapper.graphOf(claims.paper());
        assertTrue(g.contains(p, uri("https://schema.org/url"), NodeFactory.createLiteralString("not a url")));
        assertEquals(List.of("B. Author"), g.find(p, uri("http://purl.org/dc/terms/creator"), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList(), "blank authors skipped, names stripped");
        assertTrue(g.contains(p, uri("http://purl.org/dc/terms/date"), NodeFactory.createLiteralString("2025-02-30")),
                "an impossible date stays a plain literal");
    }

    @Test
    void proposedDatasetsAreNotEvaluatedOnBenchmarksButProposedMethodsAre() {
        Entity odd = new Entity("ODD", List.of(), EntityType.DATASET);
        Entity net = new Entity("ODD-Net", List.of(), EntityType.METHOD);
        PaperClaims claims = new PaperClaims(paper(null, List.of(), null), List.of(odd, net), List.of(),
                List.of(Entity.of("ODD", EntityType.BENCHMARK)), List.of(), List.of());
        Graph g = graph(claims);
        Node dataset = uri(Iris.entity(EntityType.DATASET, "ODD"));
        assertTrue(g.contains(dataset, RDF.Nodes.type, CG.Dataset.asNode()));
        assertTrue(g.contains(dataset, RDF.Nodes.type, CG.Benchmark.asNode()));
        assertFalse(g.contains(dataset, CG.evaluatedOn.asNode(), dataset));
        assertTrue(g.contains(uri(Iris.entity(EntityType.METHOD, "ODD-Net")), CG.evaluatedOn.asNode(), dataset));
    }

    @Test
    void aBaselineNamedByAnAliasLandsOnTheProposedEntity() {
        Entity net = new Entity("Open Dual Decoder", List.of("ODD-Net"), EntityType.MODEL);
        PaperClaims claims = new PaperClaims(paper(null, List.of(), null), List.of(net), List.of(), List.of(), List.of(),
                List.of(result(null, "ODD", "ODDNet")));
        Graph g = graph(claims);
        Node claim = uri(Iris.result(Iris.paper("p1"), 1));
        Node proposed = uri(Iris.entity(EntityType.MODEL, "Open Dual Decoder"));
        assertTrue(g.contains(claim, CG.baseline.asNode(), proposed));
        assertTrue(g.contains(proposed, RDFS.Nodes.label, NodeFactory.createLiteralString("ODDNet")), "surface form kept");
        assertFalse(g.contains(uri(Iris.entity(EntityType.METHOD, "ODDNet")), Node.ANY, Node.ANY));
        Node benchmark = uri(Iris.entity(EntityType.BENCHMARK, "ODD"));
        assertTrue(g.contains(claim, CG.benchmark.asNode(), benchmark));
        assertFalse(g.contains(claim, CG.method.asNode(), Node.ANY), "no method, no triple");
        assertFalse(g.contains(claim, CG.metric.asNode(), Node.ANY), "no metric, no triple");
        assertFalse(g.contains(claim, CG.baselineValue.asNode(), Node.ANY), "no baseline value, no triple");
    }

    @Test
    void aNameWithoutAsciiLettersGetsAnIriButNoMatchKey() {
        Entity beta = Entity.of("β", EntityType.METRIC);
        PaperClaims claims = new PaperClaims(paper(null, List.of(), null), List.of(), List.of(), List.of(),
                List.of(beta), List.of());
        Graph g = graph(claims);
        Node node = uri(Iris.entity(EntityType.METRIC, "β"));
        assertTrue(g.contains(node, RDF.Nodes.type, CG.Metric.asNode()));
        assertTrue(g.contains(node, RDFS.Nodes.label, NodeFactory.createLiteralString("β")));
        assertFalse(g.contains(node, CG.matchKey.asNode(), Node.ANY));
    }
}
