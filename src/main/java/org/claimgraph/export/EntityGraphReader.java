package org.claimgraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.query.CannedQuery;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;

/**
 * Reads the entity graph of a store: papers, methods, models, frameworks, datasets, benchmarks,
 * metrics and tasks as vertices, what the claims say links them as weighted edges ({@link GraphEdge}).
 *
 * <p>Design decision: the canned queries {@code queries/export-entity-nodes.rq} and
 * {@code queries/export-entity-edges.rq} run once per selected paper, bound to that paper's graph,
 * and their rows stream into running totals here; no query aggregates over the whole store. So
 * the query engine holds one paper at a time, a selection ({@code --graph}, {@code --since}) costs
 * only its own papers, and the sums over papers are the same whichever papers are chosen. What is
 * held is the graph itself, one vertex per paper and entity and one edge per relation, which the
 * JGraphT exporters need whole.
 */
public final class EntityGraphReader {
    static final String NODES_QUERY = "export-entity-nodes";
    static final String EDGES_QUERY = "export-entity-edges";
    private static final String CG_NS = "https://w3id.org/claimgraph/ontology#";
    private static final String PAPER = "Paper";
    /** Most specific first: a proposed model named as a result's method is also a cg:Method. */
    private static final List<String> KIND_PREFERENCE = List.of(PAPER, "Model", "Framework", "Dataset", "Metric",
            "Task", "Benchmark", "Method");
    private static final String UNTYPED = "Entity";

    private EntityGraphReader() {
    }

    /**
     * The entity graph of the papers {@code selection} picks, read in one read transaction. The
     * returned graph is new and the caller's; its vertices and edges come in a fixed order (papers
     * by id, then entities by IRI; edges by source, relation, target), so exports are reproducible.
     *
     * @throws NoSuchPaperException when the selection names a paper the store does not hold
     */
    public static Graph<GraphVertex, GraphEdge> read(Dataset ds, PaperSelection selection) {
        Objects.requireNonNull(ds, "ds");
        Objects.requireNonNull(selection, "selection");
        return Txn.calculateRead(ds, () -> {
            selection.requireFound(ds);
            return read(ds, selection.papers(ds));
        });
    }

    /** The entity graph of {@code papers}, inside the caller's read transaction; papers without an id are skipped. */
    static Graph<GraphVertex, GraphEdge> read(Dataset ds, List<StoredPaper> papers) {
        Query nodes = QueryFactory.create(CannedQuery.load(NODES_QUERY).text());
        Query edges = QueryFactory.create(CannedQuery.load(EDGES_QUERY).text());
        Totals totals = new Totals();
        for (StoredPaper paper : papers) {
            if (paper.id() == null) {
                continue;
            }
            totals.currentPaperId = paper.id();
            select(ds, nodes, paper, totals::node);
            PaperEdges paperEdges = new PaperEdges();
            select(ds, edges, paper, paperEdges::row);
            totals.add(paperEdges);
        }
        return totals.graph();
    }

    private static void select(Dataset ds, Query query, StoredPaper paper, Consumer<QuerySolution> rows) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
                .substitution("graph", paper.graph())
                .substitution("paper", ResourceFactory.createStringLiteral(paper.id()))
                .build()) {
            qe.execSelect().forEachRemaining(rows);
        }
    }

    private static String localName(String iri) {
        return iri.startsWith(CG_NS) ? iri.substring(CG_NS.length()) : iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String lexical(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI();
    }

    /** {@code 10.5% improvement}, {@code 2.3 points improvement}, {@code 1.8x ratio}. */
    private static String valueText(String value, String unit, String kind) {
        StringBuilder text = new StringBuilder(value);
        if (unit != null && !unit.isBlank()) {
            text.append("%".equals(unit) || "x".equals(unit) ? "" : " ").append(unit);
        }
        if (kind != null) {
            text.append(' ').append(localName(kind).toLowerCase(Locale.ROOT));
        }
        return text.toString();
    }

    /** One edge's key within the totals. */
    private record EdgeKey(String source, String relation, String target) {
    }

    /** One result claim behind an edge. */
    private record ResultDetail(String valueText, String metric) {
    }

    /** The edges of one paper and the claims behind each. */
    private static final class PaperEdges {
        private final Map<EdgeKey, Map<String, ResultDetail>> claims = new LinkedHashMap<>();

        void row(QuerySolution row) {
            EdgeKey key = new EdgeKey(lexical(row, "source"), localName(lexical(row, "relation")), lexical(row, "target"));
            Map<String, ResultDetail> byClaim = claims.computeIfAbsent(key, k -> new LinkedHashMap<>());
            String claim = lexical(row, "claim");
            if (claim == null) {
                return;
            }
            String value = lexical(row, "value");
            byClaim.putIfAbsent(claim, value == null ? null
                    : new ResultDetail(valueText(value, lexical(row, "unit"), lexical(row, "kind")), lexical(row, "metric")));
        }
    }

    /** A vertex's classes and labels over every paper read so far. */
    private static final class NodeInfo {
        private final Set<String> kinds = new TreeSet<>();
        private final TreeSet<String> names = new TreeSet<>();
        private final TreeSet<String> aliases = new TreeSet<>();
        private String paperId;

        String kind() {
            return KIND_PREFERENCE.stream().filter(kinds::contains).findFirst().orElse(UNTYPED);
        }

        String label(String iri) {
            if (!names.isEmpty()) {
                return names.first();
            }
            return aliases.isEmpty() ? localName(iri) : aliases.first();
        }
    }

    /** An edge's sums over the papers read so far. */
    private static final class EdgeTotal {
        private int weight;
        private int papers;
        private int results;
        private final Set<String> metrics = new TreeSet<>();
        private final List<String> values = new ArrayList<>();
    }

    /** Everything read so far, turned into the graph at the end. */
    private static final class Totals {
        private final Map<String, NodeInfo> nodes = new HashMap<>();
        private final Map<EdgeKey, EdgeTotal> edges = new HashMap<>();
        private String currentPaperId;

        void node(QuerySolution row) {
            String iri = lexical(row, "node");
            NodeInfo info = nodes.computeIfAbsent(iri, k -> new NodeInfo());
            String kind = localName(lexical(row, "class"));
            info.kinds.add(kind);
            Literal label = row.getLiteral("label");
            Literal alias = row.getLiteral("alias");
            if (label != null) {
                (alias != null && alias.getBoolean() ? info.aliases : info.names).add(label.getLexicalForm());
            }
            if (kind.equals(PAPER)) {
                info.paperId = currentPaperId;
            }
        }

        void add(PaperEdges paper) {
            paper.claims.forEach((key, claims) -> {
                nodes.computeIfAbsent(key.source(), k -> new NodeInfo());
                nodes.computeIfAbsent(key.target(), k -> new NodeInfo());
                EdgeTotal total = edges.computeIfAbsent(key, k -> new EdgeTotal());
                total.papers++;
                total.weight += Math.max(1, claims.size());
                for (ResultDetail result : claims.values()) {
                    if (result == null) {
                        continue;
                    }
                    total.results++;
                    total.values.add(result.valueText());
                    if (result.metric() != null) {
                        total.metrics.add(label(result.metric()));
                    }
                }
            });
        }

        private String label(String iri) {
            NodeInfo info = nodes.get(iri);
            return info == null ? localName(iri) : info.label(iri);
        }

        Graph<GraphVertex, GraphEdge> graph() {
            Graph<GraphVertex, GraphEdge> graph = new DirectedWeightedPseudograph<>(GraphEdge.class);
            Map<String, GraphVertex> vertices = new TreeMap<>();
            nodes.forEach((iri, info) -> vertices.put(iri, new GraphVertex(iri, info.kind(), info.label(iri),
                    info.kind().equals(PAPER) ? info.paperId : null)));
            vertices.values().stream()
                    .sorted(Comparator.comparing((GraphVertex v) -> !v.isPaper())
                            .thenComparing(v -> v.paperId() == null ? "" : v.paperId())
                            .thenComparing(GraphVertex::iri))
                    .forEach(graph::addVertex);
            edges.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Comparator.comparing(EdgeKey::source)
                            .thenComparing(EdgeKey::relation).thenComparing(EdgeKey::target)))
                    .forEach(entry -> {
                        EdgeKey key = entry.getKey();
                        EdgeTotal total = entry.getValue();
                        List<String> values = total.values.stream().sorted().toList();
                        GraphEdge edge = new GraphEdge(key.source(), key.relation(), key.target(), total.weight,
                                total.papers, total.results, List.copyOf(total.metrics), values);
                        graph.addEdge(vertices.get(key.source()), vertices.get(key.target()), edge);
                        graph.setEdgeWeight(edge, total.weight);
                    });
            return graph;
        }
    }
}
