package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every export format, for the whole store, one paper ({@code --graph}) and the papers of the later
 * load ({@code --since}), plain and gzip-compressed, parses back to the content of the store: RDF
 * with Jena (isomorphic graphs or datasets), CSV with Commons CSV, claims JSON Lines with Jackson,
 * GraphML, GEXF and DOT with JGraphT's importers. The store is real TDB2, filled from the bundled
 * data through the real pipeline.
 */
class ExportRoundTripIT {
    private static final List<ExportFormat> RDF_FORMATS = List.of(ExportFormat.TTL, ExportFormat.NT, ExportFormat.NQ,
            ExportFormat.TRIG, ExportFormat.JSONLD, ExportFormat.RDFXML);
    private static final List<ExportFormat> GRAPH_FORMATS = List.of(ExportFormat.GRAPHML, ExportFormat.GEXF,
            ExportFormat.DOT);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    private static LoadedStore store;
    private static List<String> allIds;

    @TempDir
    Path tmp;

    /** The three selections, each with the papers it must export. */
    enum Selected {
        ALL, ONE_PAPER, SINCE;

        PaperSelection selection() {
            return switch (this) {
                case ALL -> PaperSelection.ALL;
                case ONE_PAPER -> PaperSelection.paper(LoadedStore.CPL);
                case SINCE -> PaperSelection.loadedSince(store.between());
            };
        }

        List<String> ids() {
            return switch (this) {
                case ALL -> allIds;
                case ONE_PAPER -> List.of(LoadedStore.CPL);
                case SINCE -> LoadedStore.LATER;
            };
        }

        DatasetGraph expected() {
            return this == ALL ? store.everything() : store.graphsOf(ids());
        }
    }

    @BeforeAll
    static void load() {
        store = LoadedStore.load(shared);
        DatasetGraph all = store.everything();
        Set<String> ids = new TreeSet<>();
        all.find(Node.ANY, Node.ANY, DCTerms.identifier.asNode(), Node.ANY)
                .forEachRemaining(q -> ids.add(q.getObject().getLiteralLexicalForm()));
        allIds = List.copyOf(ids);
        assertEquals(LoadedStore.BUNDLED_PAPERS + LoadedStore.LATER.size(), allIds.size());
    }

    @AfterAll
    static void release() {
        store.close();
    }

    static Stream<Arguments> rdfCases() {
        List<Arguments> cases = new ArrayList<>();
        for (ExportFormat format : RDF_FORMATS) {
            for (Selected selected : Selected.values()) {
                cases.add(Arguments.of(format, selected, false));
                cases.add(Arguments.of(format, selected, true));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> graphCases() {
        List<Arguments> cases = new ArrayList<>();
        for (ExportFormat format : GRAPH_FORMATS) {
            for (Selected selected : Selected.values()) {
                cases.add(Arguments.of(format, selected, false));
                cases.add(Arguments.of(format, selected, true));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> selections() {
        return Stream.of(Selected.values()).flatMap(s -> Stream.of(Arguments.of(s, false), Arguments.of(s, true)));
    }

    @ParameterizedTest(name = "{0} {1} gzip={2}")
    @MethodSource("rdfCases")
    void rdfParsesBackToTheSelectedGraphs(ExportFormat format, Selected selected, boolean gzip) throws IOException {
        Path file = export(format, selected, gzip);
        DatasetGraph expected = selected.expected();
        assertFalse(expected.isEmpty(), "nothing selected: the test would prove nothing");
        byte[] bytes = read(file, gzip);
        if (format.keepsNamedGraphs()) {
            DatasetGraph back = DatasetGraphFactory.createGeneral();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.rdfFormat().getLang()).parse(back);
            ExportFormatTest.assertIsomorphicDatasets(expected, back);
            assertEquals(selected.ids().size(), back.size(), "named graphs");
        } else {
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.rdfFormat().getLang()).parse(back);
            assertTrue(expected.getUnionGraph().isIsomorphicWith(back), format.cliName() + " " + selected);
            if (format == ExportFormat.NT) {
                assertEquals(back.size(), new String(bytes, StandardCharsets.UTF_8).lines().count(),
                        "a triple that several selected papers share is written once");
            }
        }
    }

    @ParameterizedTest(name = "csv {0} gzip={1}")
    @MethodSource("selections")
    void csvParsesBackToOneRowPerResultClaim(Selected selected, boolean gzip) throws IOException {
        Path file = export(ExportFormat.CSV, selected, gzip);
        List<String> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get()
                .parse(new InputStreamReader(new ByteArrayInputStream(read(file, gzip)), StandardCharsets.UTF_8))) {
            assertEquals(List.of(ResultClaimsCsv.HEADER), parser.getHeaderNames());
            for (CSVRecord row : parser) {
                rows.add(row.get("paper") + " " + new BigDecimal(row.get("value")).stripTrailingZeros().toPlainString());
            }
        }
        DatasetGraph expected = selected.expected();
        List<String> claims = new ArrayList<>();
        expected.find(Node.ANY, Node.ANY, RDF.type.asNode(), CG.ResultClaim.asNode()).forEachRemaining(q -> {
            String paper = expected.getGraph(q.getGraph())
                    .find(q.getGraph(), DCTerms.identifier.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
            Node value = expected.find(q.getGraph(), q.getSubject(), CG.value.asNode(), Node.ANY).next().getObject();
            claims.add(paper + " " + new BigDecimal(value.getLiteralLexicalForm()).stripTrailingZeros().toPlainString());
        });
        assertFalse(claims.isEmpty(), "no result claim selected: the test would prove nothing");
        assertEquals(claims.stream().sorted().toList(), rows.stream().sorted().toList());
    }

    @ParameterizedTest(name = "claims-jsonl {0} gzip={1}")
    @MethodSource("selections")
    void claimsJsonLinesParseBackOnePerSelectedPaper(Selected selected, boolean gzip) throws IOException {
        Path file = export(ExportFormat.CLAIMS_JSONL, selected, gzip);
        List<JsonNode> papers = new ArrayList<>();
        for (String line : new String(read(file, gzip), StandardCharsets.UTF_8).lines().toList()) {
            papers.add(JSON.readTree(line));
        }
        assertEquals(selected.ids(), papers.stream().map(p -> p.get("id").asText()).toList());
        DatasetGraph expected = selected.expected();
        for (JsonNode paper : papers) {
            Node graph = NodeFactory.createURI(Iris.paper(paper.get("id").asText()));
            long results = expected.getGraph(graph).find(Node.ANY, RDF.type.asNode(), CG.ResultClaim.asNode()).toList().size();
            assertEquals(results, paper.get("results").size(), paper.get("id").asText());
        }
    }

    @ParameterizedTest(name = "{0} {1} gzip={2}")
    @MethodSource("graphCases")
    void entityGraphReimportsWithTheSameVerticesEdgesAndAttributes(ExportFormat format, Selected selected,
                                                                  boolean gzip) throws IOException {
        org.jgrapht.Graph<GraphVertex, GraphEdge> original = EntityGraphReader.read(store.dataset(), selected.selection());
        Path file = export(format, selected, gzip);
        GraphImports.Imported back = GraphImports.reimport(format, read(file, gzip));

        assertEquals(original.vertexSet().size(), back.graph().vertexSet().size(), "vertices");
        assertEquals(original.edgeSet().size(), back.graph().edgeSet().size(), "edges");
        Map<String, String> iriOfId = new HashMap<>();
        back.vertexAttributes().forEach((id, attributes) -> iriOfId.put(id, attributes.get(EntityGraphWriter.IRI)));
        if (format != ExportFormat.GRAPHML) {
            iriOfId.forEach((id, iri) -> assertEquals(iri, id, "in " + format.cliName() + " a vertex's id is its IRI"));
        }
        Map<String, Map<String, String>> byIri = new HashMap<>();
        back.vertexAttributes().forEach((id, attributes) -> byIri.put(iriOfId.get(id), attributes));
        for (GraphVertex v : original.vertexSet()) {
            Map<String, String> attributes = byIri.get(v.iri());
            assertNotNull(attributes, "vertex " + v.iri() + " missing");
            assertEquals(v.label(), attributes.get(EntityGraphWriter.LABEL), v.iri());
            assertEquals(v.kind(), attributes.get(EntityGraphWriter.KIND), v.iri());
            assertEquals(v.paperId(), attributes.get(EntityGraphWriter.PAPER), v.iri());
        }
        Map<String, GraphEdge> expected = new HashMap<>();
        original.edgeSet().forEach(e -> expected.put(e.source() + " " + e.relation() + " " + e.target(), e));
        Set<String> seen = new HashSet<>();
        for (GraphImports.ImportedEdge edge : back.graph().edgeSet()) {
            String key = iriOfId.get(back.graph().getEdgeSource(edge)) + " " + edge.attributes.get(EntityGraphWriter.RELATION)
                    + " " + iriOfId.get(back.graph().getEdgeTarget(edge));
            GraphEdge e = expected.get(key);
            assertNotNull(e, "unexpected edge " + key);
            assertTrue(seen.add(key), "edge twice: " + key);
            double weight = format == ExportFormat.DOT ? Double.parseDouble(edge.attributes.get(EntityGraphWriter.WEIGHT))
                    : back.graph().getEdgeWeight(edge);
            assertEquals(e.weight(), weight, 0.0, key);
            assertEquals(e.relation(), edge.attributes.get(EntityGraphWriter.LABEL), key);
            assertEquals(String.valueOf(e.papers()), edge.attributes.get(EntityGraphWriter.PAPERS), key);
            assertEquals(String.valueOf(e.results()), edge.attributes.get(EntityGraphWriter.RESULTS), key);
            assertEquals(joined(e.metrics()), edge.attributes.get(EntityGraphWriter.METRICS), key);
            assertEquals(joined(e.values()), edge.attributes.get(EntityGraphWriter.VALUES), key);
        }
    }

    @ParameterizedTest(name = "entity graph of {0}")
    @MethodSource("selectionsOnce")
    void entityGraphSaysWhatTheStoreSays(Selected selected) {
        org.jgrapht.Graph<GraphVertex, GraphEdge> graph = EntityGraphReader.read(store.dataset(), selected.selection());
        DatasetGraph expected = selected.expected();

        assertEquals(new TreeSet<>(selected.ids()), graph.vertexSet().stream().filter(GraphVertex::isPaper)
                .map(GraphVertex::paperId).collect(Collectors.toCollection(TreeSet::new)));
        Set<String> typed = new TreeSet<>();
        for (var cls : List.of(CG.Paper, CG.Method, CG.Model, CG.Framework, CG.Dataset, CG.Benchmark, CG.Metric, CG.Task)) {
            expected.find(Node.ANY, Node.ANY, RDF.type.asNode(), cls.asNode()).forEachRemaining(q -> typed.add(q.getSubject().getURI()));
        }
        assertEquals(typed, graph.vertexSet().stream().map(GraphVertex::iri).collect(Collectors.toCollection(TreeSet::new)));

        Set<String> proposes = new TreeSet<>();
        expected.find(Node.ANY, Node.ANY, CG.proposes.asNode(), Node.ANY)
                .forEachRemaining(q -> proposes.add(q.getSubject().getURI() + " " + q.getObject().getURI()));
        assertEquals(proposes, edges(graph, "proposes").stream().map(e -> e.source() + " " + e.target())
                .collect(Collectors.toCollection(TreeSet::new)));

        long onBenchmark = count(expected, q -> expected.contains(q.getGraph(), q.getSubject(), RDF.type.asNode(),
                CG.ResultClaim.asNode()), CG.benchmark);
        assertEquals(onBenchmark, edges(graph, "evaluatedOn").stream().filter(e -> isPaper(graph, e.source()))
                .mapToLong(GraphEdge::results).sum(), "results on a benchmark, summed over the paper -> dataset edges");
        long againstBaseline = count(expected, q -> expected.find(q.getGraph(), q.getSubject(), CG.method.asNode(), Node.ANY)
                .hasNext(), CG.baseline);
        assertEquals(againstBaseline, edges(graph, "baseline").stream().mapToLong(GraphEdge::results).sum());
        for (GraphEdge e : graph.edgeSet()) {
            assertEquals(e.weight(), graph.getEdgeWeight(e), 0.0);
            assertEquals(e.results(), e.values().size(), "one value per result claim: " + e);
        }
        if (selected != Selected.SINCE) {
            GraphEdge cplOnGsm8k = edges(graph, "evaluatedOn").stream()
                    .filter(e -> e.source().endsWith("/method/criticalplansteplearning") && e.target().endsWith("/dataset/gsm8k"))
                    .findFirst().orElseThrow(() -> new AssertionError("CPL -> GSM8K missing"));
            assertTrue(cplOnGsm8k.values().contains("10.5% improvement"), cplOnGsm8k.toString());
            assertTrue(cplOnGsm8k.weight() >= 1);
        }
    }

    static Stream<Selected> selectionsOnce() {
        return Stream.of(Selected.values());
    }

    @Test
    void anUnknownPaperIsAnErrorNotAnEmptyExport() {
        for (ExportFormat format : List.of(ExportFormat.NQ, ExportFormat.CSV, ExportFormat.GRAPHML)) {
            NoSuchPaperException e = assertThrows(NoSuchPaperException.class, () -> Exporter.export(store.dataset(), format,
                    PaperSelection.paper("no-such-paper"), OutputStream.nullOutputStream()));
            assertTrue(e.getMessage().contains("'no-such-paper'"), e.getMessage());
        }
    }

    @Test
    void graphAndSinceTogetherSelectThePaperOnlyIfLoadedSince() {
        PaperSelection laterPaper = new PaperSelection(LoadedStore.LATER.get(0), store.between());
        PaperSelection earlierPaper = new PaperSelection(LoadedStore.CPL, store.between());
        assertEquals(1, Exporter.export(store.dataset(), ExportFormat.NQ, laterPaper, OutputStream.nullOutputStream()).papers());
        assertEquals(0, Exporter.export(store.dataset(), ExportFormat.NQ, earlierPaper, OutputStream.nullOutputStream()).papers());
        assertThrows(NoSuchPaperException.class, () -> Exporter.export(store.dataset(), ExportFormat.NQ,
                new PaperSelection("no-such-paper", store.between()), OutputStream.nullOutputStream()));
    }

    @Test
    void sinceAfterEveryLoadSelectsNothingAndWritesAnEmptyDocument() throws IOException {
        PaperSelection future = PaperSelection.loadedSince(Instant.now().plusSeconds(3600));
        Path file = tmp.resolve("none.nq");
        try (ExportFile out = ExportFile.create(file)) {
            assertEquals(0, Exporter.export(store.dataset(), ExportFormat.NQ, future, out.out()).papers());
            out.commit();
        }
        assertEquals(0, Files.size(file));
        org.jgrapht.Graph<GraphVertex, GraphEdge> graph = EntityGraphReader.read(store.dataset(), future);
        assertTrue(graph.vertexSet().isEmpty());
    }

    private Path export(ExportFormat format, Selected selected, boolean gzip) {
        Path file = tmp.resolve("export." + format.extensions().get(0) + (gzip ? ".gz" : ""));
        try (ExportFile out = ExportFile.create(file)) {
            ExportSummary summary = Exporter.export(store.dataset(), format, selected.selection(), out.out());
            out.commit();
            assertEquals(selected.ids().size(), summary.papers(), "papers exported");
        }
        return file;
    }

    private static byte[] read(Path file, boolean gzip) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!gzip) {
            return bytes;
        }
        assertTrue(bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b, file + " is not gzip");
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static String joined(List<String> items) {
        return items.isEmpty() ? null : String.join(EntityGraphWriter.SEPARATOR, items);
    }

    private static List<GraphEdge> edges(org.jgrapht.Graph<GraphVertex, GraphEdge> graph, String relation) {
        return graph.edgeSet().stream().filter(e -> e.relation().equals(relation)).toList();
    }

    private static boolean isPaper(org.jgrapht.Graph<GraphVertex, GraphEdge> graph, String iri) {
        return graph.vertexSet().stream().anyMatch(v -> v.iri().equals(iri) && v.isPaper());
    }

    private static long count(DatasetGraph dsg, Predicate<Quad> claimFilter,
                              Property property) {
        Set<String> claims = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, property.asNode(), Node.ANY).forEachRemaining(q -> {
            if (claimFilter.test(q)) {
                claims.add(q.getSubject().getURI());
            }
        });
        return claims.size();
    }
}
