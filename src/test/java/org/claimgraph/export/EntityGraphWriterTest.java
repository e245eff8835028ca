package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The writer alone, on a graph made by hand with the text that breaks naive writers: quotes,
 * backslashes, markup, non-ASCII, a self-loop and two relations between the same vertices.
 */
class EntityGraphWriterTest {
    private static final String PAPER = "https://w3id.org/claimgraph/id/paper/p%22q";
    private static final String METHOD = "https://w3id.org/claimgraph/id/method/fooformer";
    private static final String DATASET = "https://w3id.org/claimgraph/id/dataset/ärger";

    private static Graph<GraphVertex, GraphEdge> graph() {
        Graph<GraphVertex, GraphEdge> g = new DirectedWeightedPseudograph<>(GraphEdge.class);
        GraphVertex paper = new GraphVertex(PAPER, "Paper", "\"Quoted\" <title> & a \\backslash\\", "p\"q");
        GraphVertex method = new GraphVertex(METHOD, "Model", "FooFormer (FF) — 7B", null);
        GraphVertex dataset = new GraphVertex(DATASET, "Benchmark", "Ärger-Bench ∑", null);
        List.of(paper, method, dataset).forEach(g::addVertex);
        add(g, paper, method, new GraphEdge(PAPER, "proposes", METHOD, 1, 1, 0, List.of(), List.of()));
        add(g, paper, dataset, new GraphEdge(PAPER, "evaluatedOn", DATASET, 3, 1, 3, List.of("F1 \"macro\""),
                List.of("1.5% improvement", "2 points improvement", "94.76% absolute")));
        add(g, paper, dataset, new GraphEdge(PAPER, "proposes", DATASET, 1, 1, 0, List.of(), List.of()));
        add(g, method, method, new GraphEdge(METHOD, "baseline", METHOD, 2, 2, 2, List.of(), List.of("1.8x ratio", "2x ratio")));
        return g;
    }

    private static void add(Graph<GraphVertex, GraphEdge> g, GraphVertex s, GraphVertex t, GraphEdge e) {
        g.addEdge(s, t, e);
        g.setEdgeWeight(e, e.weight());
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"GRAPHML", "GEXF", "DOT"})
    void awkwardTextSurvivesTheRoundTrip(ExportFormat format) {
        Graph<GraphVertex, GraphEdge> original = graph();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EntityGraphWriter.write(original, format, out);
        GraphImports.Imported back = GraphImports.reimport(format, out.toByteArray());

        Map<String, String> iriOfId = new HashMap<>();
        back.vertexAttributes().forEach((id, a) -> iriOfId.put(id, a.get(EntityGraphWriter.IRI)));
        assertEquals(3, back.graph().vertexSet().size());
        for (GraphVertex v : original.vertexSet()) {
            Map<String, String> attributes = back.vertexAttributes().entrySet().stream()
                    .filter(e -> v.iri().equals(e.getValue().get(EntityGraphWriter.IRI))).findFirst().orElseThrow().getValue();
            assertEquals(v.label(), attributes.get(EntityGraphWriter.LABEL), format.cliName());
            assertEquals(v.kind(), attributes.get(EntityGraphWriter.KIND));
            assertEquals(v.paperId(), attributes.get(EntityGraphWriter.PAPER));
        }
        assertEquals(4, back.graph().edgeSet().size());
        Map<String, GraphImports.ImportedEdge> edges = new HashMap<>();
        for (GraphImports.ImportedEdge e : back.graph().edgeSet()) {
            edges.put(iriOfId.get(back.graph().getEdgeSource(e)) + " " + e.attributes.get(EntityGraphWriter.RELATION) + " "
                    + iriOfId.get(back.graph().getEdgeTarget(e)), e);
        }
        GraphImports.ImportedEdge results = edges.get(PAPER + " evaluatedOn " + DATASET);
        assertNotNull(results, edges.keySet().toString());
        assertEquals("F1 \"macro\"", results.attributes.get(EntityGraphWriter.METRICS));
        assertEquals("1.5% improvement; 2 points improvement; 94.76% absolute", results.attributes.get(EntityGraphWriter.VALUES));
        assertEquals("3", results.attributes.get(EntityGraphWriter.RESULTS));
        GraphImports.ImportedEdge loop = edges.get(METHOD + " baseline " + METHOD);
        assertNotNull(loop, "self-loop lost");
        double weight = format == ExportFormat.DOT ? Double.parseDouble(loop.attributes.get(EntityGraphWriter.WEIGHT))
                : back.graph().getEdgeWeight(loop);
        assertEquals(2.0, weight, 0.0);
        assertNotNull(edges.get(PAPER + " proposes " + DATASET), "the second relation between the same vertices");
    }

    @Test
    void outputIsUtf8AndNotClosed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the writer closed the caller's stream");
            }
        };
        EntityGraphWriter.write(graph(), ExportFormat.GEXF, out);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Ärger-Bench ∑"));
    }

    @Test
    void otherFormatsAreRefused() {
        ExportException e = assertThrows(ExportException.class,
                () -> EntityGraphWriter.write(graph(), ExportFormat.TTL, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("graphml"), e.getMessage());
    }

    @Test
    void edgeInvariantsAreChecked() {
        assertThrows(IllegalArgumentException.class,
                () -> new GraphEdge(PAPER, "proposes", METHOD, 0, 1, 0, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new GraphVertex(METHOD, "Method", "m", "a-paper-id"));
    }
}
