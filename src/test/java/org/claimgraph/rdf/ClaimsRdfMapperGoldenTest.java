package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.extract.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden cases: {@code golden/<case>/claims.json} mapped to quads must be isomorphic to {@code expected.trig}. */
class ClaimsRdfMapperGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final Provenance PROV = new Provenance("claimgraph-rules", "0.1.0", Instant.parse("2026-07-28T12:00:00Z"));

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.filter(d -> Files.exists(d.resolve("claims.json"))).sorted().toList().stream();
        }
    }

    @Test
    void thereAreGoldenCases() throws IOException {
        assertTrue(cases().count() >= 3, "expected at least three golden cases under " + GOLDEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsToTheExpectedGraph(Path dir) {
        PaperClaims claims = ClaimsJson.read(dir.resolve("claims.json"));
        DatasetGraph actual = map(claims);
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(dir.resolve("expected.trig").toString());

        assertTrue(actual.getDefaultGraph().isEmpty(), "no triple may go to the default graph");
        Set<Node> actualGraphs = graphNames(actual);
        assertEquals(graphNames(expected), actualGraphs, "named graphs");
        assertEquals(Set.of(ClaimsRdfMapper.graphOf(claims.paper())), actualGraphs, "one graph, named by the paper IRI");
        for (Node g : actualGraphs) {
            Graph a = actual.getGraph(g);
            Graph e = expected.getGraph(g);
            if (!a.isIsomorphicWith(e)) {
                fail("graph " + g + " differs from " + dir + "/expected.trig\n  missing: "
                        + minus(e, a) + "\n  unexpected: " + minus(a, e));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameInputGivesSameQuadsInSameOrderWithoutDuplicates(Path dir) {
        PaperClaims claims = ClaimsJson.read(dir.resolve("claims.json"));
        List<Quad> first = emitted(claims);
        List<Quad> second = emitted(claims);
        assertEquals(first, second);
        assertEquals(new HashSet<>(first).size(), first.size(), "a quad was sent twice");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void usesOnlyTermsTheOntologyDeclares(Path dir) {
        Set<String> declared = CGVocabularyTest.declaredCgTerms();
        for (Quad q : emitted(ClaimsJson.read(dir.resolve("claims.json")))) {
            for (Node n : List.of(q.getPredicate(), q.getObject())) {
                if (n.isURI() && n.getURI().startsWith(CG.NS)) {
                    assertTrue(declared.contains(n.getURI()), n.getURI() + " is not declared in the ontology");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixtureEvidenceOffsetsPointAtTheSentence(Path dir) {
        PaperClaims claims = ClaimsJson.read(dir.resolve("claims.json"));
        for (Result r : claims.results()) {
            String quoted = claims.paper().abstractText()
                    .substring(r.evidence().span().start(), r.evidence().span().end());
            assertEquals(r.evidence().sentence(), quoted);
        }
    }

    @Test
    void declaresPrefixesOnce() {
        List<String> prefixes = new ArrayList<>();
        ClaimsRdfMapper.declarePrefixes(new StreamRDFBase() {
            @Override
            public void prefix(String prefix, String iri) {
                prefixes.add(prefix);
            }
        });
        assertEquals(Set.copyOf(prefixes).size(), prefixes.size());
        assertTrue(prefixes.containsAll(List.of("cg", "dcterms", "schema", "prov", "oa", "skos", "mls", "fabio", "xsd", "rdfs")));
        assertEquals(CG.NS, ClaimsRdfMapper.prefixes().get("cg"));
        assertFalse(ClaimsRdfMapper.prefixes().isEmpty());
    }

    static DatasetGraph map(PaperClaims claims) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        emitted(claims).forEach(dsg::add);
        return dsg;
    }

    static List<Quad> emitted(PaperClaims claims) {
        List<Quad> quads = new ArrayList<>();
        ClaimsRdfMapper.create().write(claims, PROV, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }

            @Override
            public void triple(Triple triple) {
                fail("the mapper must send quads, got a triple " + triple);
            }
        });
        return quads;
    }

    private static Set<Node> graphNames(DatasetGraph dsg) {
        Set<Node> names = new HashSet<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        return names;
    }

    private static String minus(Graph a, Graph b) {
        return a.find().toList().stream().filter(t -> !b.contains(t))
                .map(Triple::toString).collect(Collectors.joining("\n    ", "\n    ", ""));
    }
}
