package org.claimgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes the entity graph with JGraphT's exporters as GraphML, GEXF 1.2 or Graphviz DOT.
 *
 * <p>Every format carries the same attributes. A vertex has {@value #IRI}, {@value #LABEL} (title
 * or name), {@value #KIND} ({@code Paper}, {@code Method}, ...) and, for a paper, {@value #PAPER}.
 * Its id is its IRI in GEXF and DOT (quoted there); GraphML's schema allows no {@code /} in an id,
 * so there it is {@code n0}, {@code n1}, ... in the graph's vertex order. An edge has {@value #RELATION} (also its {@value #LABEL}),
 * {@value #WEIGHT} (claims behind it), {@value #PAPERS}, {@value #RESULTS} and, when results back
 * it, {@value #METRICS} and {@value #VALUES} ({@value #SEPARATOR}-separated).
 */
public final class EntityGraphWriter {
    public static final String IRI = "iri";
    public static final String LABEL = "label";
    public static final String KIND = "kind";
    public static final String PAPER = "paper";
    public static final String RELATION = "relation";
    public static final String WEIGHT = "weight";
    public static final String PAPERS = "papers";
    public static final String RESULTS = "results";
    public static final String METRICS = "metrics";
    public static final String VALUES = "values";
    /** Between the items of {@value #METRICS} and {@value #VALUES}. */
    public static final String SEPARATOR = "; ";

    private EntityGraphWriter() {
    }

    /**
     * Writes {@code graph} to {@code out} in {@code format}, UTF-8; {@code out} is flushed, not closed.
     *
     * @throws ExportException when {@code format} is not an entity-graph format
     *     or the exporter fails
     */
    public static void write(Graph<GraphVertex, GraphEdge> graph, ExportFormat format, OutputStream out) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(out, "out");
        GraphExporter<GraphVertex, GraphEdge> exporter = switch (Objects.requireNonNull(format, "format")) {
            case GRAPHML -> graphMl();
            case GEXF -> gexf();
            case DOT -> dot();
            default -> throw new ExportException(format.cliName()
                    + " is not an entity-graph format; use graphml, gexf or dot");
        };
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            exporter.exportGraph(graph, writer);
            writer.flush();
        } catch (org.jgrapht.nio.ExportException e) {
            throw new ExportException("cannot write the entity graph as " + format.cliName()
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the entity graph as " + format.cliName(), e);
        }
    }

    private static GraphMLExporter<GraphVertex, GraphEdge> graphMl() {
        GraphMLExporter<GraphVertex, GraphEdge> exporter = new GraphMLExporter<>(sequentialIds("n"));
        exporter.registerAttribute(IRI, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute(LABEL, GraphMLExporter.AttributeCategory.ALL, AttributeType.STRING);
        exporter.registerAttribute(KIND, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute(PAPER, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute(RELATION, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute(PAPERS, GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
        exporter.registerAttribute(RESULTS, GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
        exporter.registerAttribute(METRICS, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute(VALUES, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setExportEdgeWeights(true);
        exporter.setEdgeWeightAttributeName(WEIGHT);
        exporter.setEdgeIdProvider(sequentialIds("e"));
        exporter.setVertexAttributeProvider(EntityGraphWriter::vertexAttributes);
        exporter.setEdgeAttributeProvider(e -> edgeAttributes(e, false));
        return exporter;
    }

    private static GEXFExporter<GraphVertex, GraphEdge> gexf() {
        GEXFExporter<GraphVertex, GraphEdge> exporter = new GEXFExporter<>(GraphVertex::iri, sequentialIds("e"));
        exporter.registerAttribute(IRI, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        exporter.registerAttribute(KIND, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        exporter.registerAttribute(PAPER, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        exporter.registerAttribute(RELATION, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.registerAttribute(PAPERS, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
        exporter.registerAttribute(RESULTS, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
        exporter.registerAttribute(METRICS, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.registerAttribute(VALUES, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
        exporter.setCreator("claimgraph");
        exporter.setDescription("papers, methods, datasets, metrics and tasks; edges weighted by the claims behind them");
        exporter.setVertexAttributeProvider(EntityGraphWriter::vertexAttributes);
        exporter.setEdgeAttributeProvider(e -> edgeAttributes(e, false));
        return exporter;
    }

    private static DOTExporter<GraphVertex, GraphEdge> dot() {
        DOTExporter<GraphVertex, GraphEdge> exporter = new DOTExporter<>(v -> quoted(v.iri()));
        exporter.setGraphIdProvider(() -> "claimgraph");
        exporter.setVertexAttributeProvider(v -> dotEscaped(vertexAttributes(v)));
        exporter.setEdgeAttributeProvider(e -> dotEscaped(edgeAttributes(e, true)));
        return exporter;
    }

    /**
     * JGraphT's DOT exporter escapes only double quotes, so a value ending in a backslash would
     * swallow its closing quote, and Graphviz would read {@code \N} in a label as the node's name.
     * Doubled backslashes are what Graphviz and JGraphT's DOT importer read as one backslash.
     */
    private static Map<String, Attribute> dotEscaped(Map<String, Attribute> attributes) {
        Map<String, Attribute> escaped = new LinkedHashMap<>();
        attributes.forEach((name, a) -> escaped.put(name, a.getType() == AttributeType.STRING
                ? DefaultAttribute.createAttribute(a.getValue().replace("\\", "\\\\")) : a));
        return escaped;
    }

    private static Map<String, Attribute> vertexAttributes(GraphVertex v) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put(IRI, DefaultAttribute.createAttribute(v.iri()));
        attributes.put(LABEL, DefaultAttribute.createAttribute(v.label()));
        attributes.put(KIND, DefaultAttribute.createAttribute(v.kind()));
        if (v.paperId() != null) {
            attributes.put(PAPER, DefaultAttribute.createAttribute(v.paperId()));
        }
        return attributes;
    }

    /** GraphML and GEXF write the weight from the graph; DOT has no such notion and gets it as an attribute. */
    private static Map<String, Attribute> edgeAttributes(GraphEdge e, boolean withWeight) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put(LABEL, DefaultAttribute.createAttribute(e.relation()));
        attributes.put(RELATION, DefaultAttribute.createAttribute(e.relation()));
        if (withWeight) {
            attributes.put(WEIGHT, DefaultAttribute.createAttribute(e.weight()));
        }
        attributes.put(PAPERS, DefaultAttribute.createAttribute(e.papers()));
        attributes.put(RESULTS, DefaultAttribute.createAttribute(e.results()));
        putList(attributes, METRICS, e.metrics());
        putList(attributes, VALUES, e.values());
        return attributes;
    }

    private static void putList(Map<String, Attribute> attributes, String name, List<String> items) {
        if (!items.isEmpty()) {
            attributes.put(name, DefaultAttribute.createAttribute(String.join(SEPARATOR, items)));
        }
    }

    /** Ids {@code prefix + 0, 1, ...} in the order the exporter asks, which is the graph's order. */
    private static <T> Function<T, String> sequentialIds(String prefix) {
        Map<T, String> ids = new HashMap<>();
        return item -> ids.computeIfAbsent(item, k -> prefix + ids.size());
    }

    /** A DOT quoted id: the IRI between double quotes, with quotes and backslashes escaped. */
    private static String quoted(String iri) {
        return '"' + iri.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
