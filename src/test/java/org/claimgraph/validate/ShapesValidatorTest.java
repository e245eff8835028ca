package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled shapes against one hand-written paper graph (from the query fixture), first as it is,
 * then broken one way at a time: each break must be reported on the right node and property.
 */
class ShapesValidatorTest {
    private static final ClaimValidator VALIDATOR = ClaimValidator.shacl();
    private static final DatasetGraph FIXTURE = RDFDataMgr.loadDatasetGraph("query/claims.trig");

    private static final String PAPER = Iris.paper("2409.08642");
    private static final Node RESULT = uri(Iris.result(PAPER, 1));
    private static final Node EVIDENCE = uri(Iris.selector(RESULT.getURI()));
    private static final Node GSM8K = uri(CG.ID + "dataset/gsm8k");

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** A fresh, writable copy of the paper's graph. */
    private static Graph paperGraph() {
        Graph copy = GraphMemFactory.createDefaultGraph();
        FIXTURE.getGraph(uri(PAPER)).find().forEachRemaining(copy::add);
        return copy;
    }

    private static void replace(Graph g, Node s, Node p, Node newObject) {
        g.remove(s, p, Node.ANY);
        g.add(s, p, newObject);
    }

    @Test
    void everyFixtureGraphConforms() {
        FIXTURE.listGraphNodes().forEachRemaining(name -> {
            ValidationReport report = VALIDATOR.validate(FIXTURE.getGraph(name));
            assertTrue(report.conforms(), name + ":\n" + report);
            assertEquals(1, report.papers());
        });
        ValidationReport paper = VALIDATOR.validate(paperGraph());
        assertEquals(4, paper.claims(), "one proposal and three results");
        assertEquals("conforms: 1 papers, 4 claims checked", paper.summary());
        assertNull(paper.firstViolation());
    }

    static Stream<Arguments> brokenGraphs() {
        return Stream.of(
                broken("confidence above 1", g -> replace(g, RESULT, CG.confidence.asNode(),
                        NodeFactory.createLiteralDT("1.5e0", XSDDatatype.XSDdouble)),
                        RESULT, CG.confidence.asNode(), "MaxInclusive"),
                broken("confidence not a double", g -> replace(g, RESULT, CG.confidence.asNode(),
                        NodeFactory.createLiteralString("high")),
                        RESULT, CG.confidence.asNode(), "Datatype"),
                broken("two values on one result", g -> g.add(RESULT, CG.value.asNode(),
                        NodeFactory.createLiteralDT("11.5", XSDDatatype.XSDdecimal)),
                        RESULT, CG.value.asNode(), "MaxCount"),
                broken("value not a decimal", g -> replace(g, RESULT, CG.value.asNode(),
                        NodeFactory.createLiteralString("ten")),
                        RESULT, CG.value.asNode(), "Datatype"),
                broken("missing evidence", g -> {
                    g.remove(RESULT, CG.evidence.asNode(), Node.ANY);
                    g.remove(EVIDENCE, Node.ANY, Node.ANY);
                }, RESULT, CG.evidence.asNode(), "MinCount"),
                broken("kind not one of the four", g -> replace(g, RESULT, CG.kind.asNode(), uri(CG.NS + "Gain")),
                        RESULT, CG.kind.asNode(), "In"),
                broken("unit not one of the three", g -> replace(g, RESULT, CG.unit.asNode(),
                        NodeFactory.createLiteralString("percent")),
                        RESULT, CG.unit.asNode(), "In"),
                broken("start after end", g -> replace(g, EVIDENCE, OA.start.asNode(),
                        NodeFactory.createLiteralDT("300", XSDDatatype.XSDnonNegativeInteger)),
                        EVIDENCE, OA.start.asNode(), "LessThanOrEquals"),
                broken("evidence without its sentence", g -> g.remove(EVIDENCE, OA.exact.asNode(), Node.ANY),
                        EVIDENCE, OA.exact.asNode(), "MinCount"),
                broken("empty matchKey", g -> g.add(GSM8K, CG.matchKey.asNode(), NodeFactory.createLiteralString("")),
                        GSM8K, CG.matchKey.asNode(), "Pattern"),
                broken("matchKey not normalised", g -> g.add(GSM8K, CG.matchKey.asNode(),
                        NodeFactory.createLiteralString("GSM-8K")),
                        GSM8K, CG.matchKey.asNode(), "Pattern"),
                broken("entity without a label", g -> g.remove(GSM8K, RDFS.Nodes.label, Node.ANY),
                        GSM8K, RDFS.Nodes.label, "MinCount"),
                broken("paper without a title", g -> g.remove(uri(PAPER), DCTerms.title.asNode(), Node.ANY),
                        uri(PAPER), DCTerms.title.asNode(), "MinCount"),
                broken("claim stated in something that is not a paper", g -> replace(g, RESULT, CG.statedIn.asNode(),
                        GSM8K), RESULT, CG.statedIn.asNode(), "Class"));
    }

    private static Arguments broken(String what, Consumer<Graph> breakIt, Node focus, Node path, String constraint) {
        return Arguments.of(what, breakIt, focus, path, constraint);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenGraphs")
    void brokenGraphIsReportedOnTheRightNodeAndProperty(String what, Consumer<Graph> breakIt, Node focus, Node path,
                                                          String constraint) {
        Graph g = paperGraph();
        breakIt.accept(g);
        ValidationReport report = VALIDATOR.validate(g);
        assertFalse(report.conforms(), what);
        for (Violation v : report.violations()) {
            assertEquals(focus, v.focusNode(), what + ":\n" + report);
            assertEquals(path, v.predicate(), what + ":\n" + report);
            assertNull(v.graph());
        }
        assertTrue(report.violations().stream().anyMatch(v -> v.constraint().equals(constraint)),
                what + ": no " + constraint + " in\n" + report);
        assertTrue(report.summary().startsWith("does not conform: " + report.violations().size() + " violation"),
                report.summary());
    }

    @Test
    void violationLineNamesNodePropertyRuleAndValue() {
        Graph g = paperGraph();
        replace(g, RESULT, CG.confidence.asNode(), NodeFactory.createLiteralDT("1.5e0", XSDDatatype.XSDdouble));
        ValidationReport report = VALIDATOR.validate(g);
        String line = report.firstViolation();
        assertEquals(List.of(line), report.lines());
        assertTrue(line.contains("2409.08642/result/1"), line);
        assertTrue(line.contains("cg:confidence"), line);
        assertTrue(line.contains("an xsd:double in [0, 1]"), line);
        assertTrue(line.contains("1.5e0") && line.contains("MaxInclusive"), line);
    }

    @Test
    void severalBreaksAreAllReported() {
        Graph g = paperGraph();
        replace(g, RESULT, CG.confidence.asNode(), NodeFactory.createLiteralDT("-0.1e0", XSDDatatype.XSDdouble));
        g.add(GSM8K, CG.matchKey.asNode(), NodeFactory.createLiteralString(""));
        g.remove(uri(PAPER), DCTerms.identifier.asNode(), Node.ANY);
        ValidationReport report = VALIDATOR.validate(g);
        assertEquals(3, report.violations().size(), report.toString());
        assertEquals(List.of("MinCount", "MinInclusive", "Pattern"),
                report.violations().stream().map(Violation::constraint).sorted().toList());
    }

    @Test
    void badShapesAreAValidationError() {
        Graph shapes = GraphMemFactory.createDefaultGraph();
        RDFParser.fromString("""
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                <https://example.org/S> a sh:NodeShape ; sh:property [ sh:minCount 1 ] .
                """, Lang.TURTLE).parse(shapes);
        ValidationException e = assertThrows(ValidationException.class, () -> ClaimValidator.shacl(shapes));
        assertTrue(e.getMessage().contains("shapes"), e.getMessage());
    }
}
