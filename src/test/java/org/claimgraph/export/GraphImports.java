package org.claimgraph.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;

/** Reads an exported entity graph back with JGraphT's own importers (GraphML and GEXF validated against their schemas). */
final class GraphImports {
    private GraphImports() {
    }

    /** A re-imported edge: an object per edge (JGraphT tells edges apart by equality) with its attributes. */
    static final class ImportedEdge {
        final Map<String, String> attributes = new HashMap<>();
    }

    record Imported(Graph<String, ImportedEdge> graph, Map<String, Map<String, String>> vertexAttributes) {
    }

    static Imported reimport(ExportFormat format, byte[] bytes) {
        Graph<String, ImportedEdge> graph = GraphTypeBuilder.<String, ImportedEdge>directed()
                .allowingMultipleEdges(true).allowingSelfLoops(true).weighted(true)
                .edgeSupplier(ImportedEdge::new).buildGraph();
        Map<String, Map<String, String>> vertexAttributes = new HashMap<>();
        BiConsumer<Pair<String, String>, Attribute> onVertex = (p, a) ->
                vertexAttributes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue());
        BiConsumer<Pair<ImportedEdge, String>, Attribute> onEdge = (p, a) ->
                p.getFirst().attributes.put(p.getSecond(), a.getValue());
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            switch (format) {
                case GRAPHML -> {
                    GraphMLImporter<String, ImportedEdge> importer = new GraphMLImporter<>();
                    importer.setSchemaValidation(true);
                    importer.setVertexFactory(id -> id);
                    importer.setEdgeWeightAttributeName(EntityGraphWriter.WEIGHT);
                    importer.addVertexAttributeConsumer(onVertex);
                    importer.addEdgeAttributeConsumer(onEdge);
                    importer.importGraph(graph, reader);
                }
                case GEXF -> {
                    SimpleGEXFImporter<String, ImportedEdge> importer = new SimpleGEXFImporter<>();
                    importer.setSchemaValidation(true);
                    importer.setVertexFactory(id -> id);
                    importer.addVertexAttributeConsumer(onVertex);
                    importer.addEdgeAttributeConsumer(onEdge);
                    importer.importGraph(graph, reader);
                }
                case DOT -> {
                    DOTImporter<String, ImportedEdge> importer = new DOTImporter<>();
                    importer.setVertexFactory(id -> id);
                    importer.addVertexAttributeConsumer(onVertex);
                    importer.addEdgeAttributeConsumer(onEdge);
                    importer.importGraph(graph, reader);
                }
                default -> throw new IllegalArgumentException(format.cliName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Imported(graph, vertexAttributes);
    }
}
