package org.claimgraph.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.cli.Main;
import org.claimgraph.serve.ClaimServer;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries written only in the aligned vocabularies (ML-Schema, ORKG, Linked Papers With Code,
 * schema.org) against the bundled data loaded by the real CLI into TDB2: they find nothing in the
 * stored triples and find every result claim under RDFS entailment, in process and over HTTP.
 */
class InferenceIT {
    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX mls: <http://www.w3.org/ns/mls#>
            PREFIX orkgc: <http://orkg.org/orkg/class/>
            PREFIX orkgp: <http://orkg.org/orkg/predicate/>
            PREFIX lpwcc: <https://linkedpaperswithcode.com/class/>
            PREFIX lpwcp: <https://linkedpaperswithcode.com/property/>
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    /** An ML-Schema-only query: model evaluations with their value and the label of their measure. */
    static final String ML_SCHEMA = PREFIXES + """
            SELECT DISTINCT ?evaluation ?value ?measure WHERE {
              ?evaluation a mls:ModelEvaluation ; mls:hasValue ?value ; mls:specifiedBy ?m .
              ?m a mls:EvaluationMeasure ; rdfs:label ?measure .
            }""";
    /** The same question asked with claimgraph's own terms, against the stored triples. */
    static final String OWN_TERMS = PREFIXES + """
            SELECT DISTINCT ?evaluation ?value ?measure WHERE {
              ?evaluation a cg:ResultClaim ; cg:value ?value ; cg:metric ?m .
              ?m a cg:Metric ; rdfs:label ?measure .
            }""";

    @TempDir
    static Path dir;
    static ClaimStore store;
    static Dataset rdfs;

    @BeforeAll
    static void load() {
        Path db = dir.resolve("db");
        assertEquals(0, Main.run("load", "data/daily-papers-jul-28.txt", "--db", db.toString(),
                "--rejects", dir.resolve("rejects.jsonl").toString()));
        store = ClaimStore.openTdb2(db);
        rdfs = InferenceDatasets.view(store.dataset(), Entailment.RDFS);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> rows(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create(query, ds)) {
                return rows(qe.execSelect());
            }
        });
    }

    static List<String> rows(ResultSet rs) {
        List<String> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            rows.add(s.get("evaluation") + " " + s.getLiteral("value").getLexicalForm() + " " + s.getLiteral("measure").getString());
        }
        rows.sort(null);
        return rows;
    }

    @Test
    void mlSchemaQueryFindsEveryResultClaimWithAMetricOnlyUnderRdfs() {
        List<String> own = rows(store.dataset(), OWN_TERMS);
        assertTrue(own.size() >= 10, "the bundled data has result claims with metrics: " + own);
        assertEquals(List.of(), rows(store.dataset(), ML_SCHEMA), "no ML-Schema triple is stored");
        assertEquals(own, rows(rdfs, ML_SCHEMA));
    }

    @Test
    void orkgBenchmarkQueryFindsCplOnGsm8k() {
        String sciqaShaped = PREFIXES + """
                SELECT ?model_lbl ?value WHERE {
                  ?dataset a orkgc:Dataset ; rdfs:label ?dataset_lbl . FILTER (str(?dataset_lbl) = "GSM8K")
                  ?eval orkgp:HAS_DATASET ?dataset ; orkgp:HAS_VALUE ?value ; orkgp:HAS_MODEL ?model .
                  ?model rdfs:label ?model_lbl .
                }""";
        List<String> found = Txn.calculateRead(rdfs, () -> {
            try (QueryExecution qe = QueryExecution.create(sciqaShaped, rdfs)) {
                List<String> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("model_lbl").getString() + "=" + s.getLiteral("value").getLexicalForm()));
                return out;
            }
        });
        assertTrue(found.contains("CPL=10.5"), found.toString());
    }

    @Test
    void linkedPapersWithCodeAndSchemaOrgTermsReachPapersAndTasks() {
        String lpwc = PREFIXES + """
                SELECT (COUNT(DISTINCT ?paper) AS ?papers) (COUNT(DISTINCT ?claim) AS ?claims) WHERE {
                  ?paper a lpwcc:paper , schema:ScholarlyArticle .
                  OPTIONAL { ?claim a schema:Claim ; schema:appearance ?paper }
                }""";
        String own = PREFIXES + "SELECT (COUNT(DISTINCT ?paper) AS ?papers) (COUNT(DISTINCT ?claim) AS ?claims) "
                + "WHERE { ?paper a cg:Paper . OPTIONAL { ?claim cg:statedIn ?paper } }";
        assertEquals(counts(store.dataset(), own), counts(rdfs, lpwc));
    }

    static String counts(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create(query, ds)) {
                QuerySolution s = qe.execSelect().next();
                return s.getLiteral("papers").getLong() + " papers, " + s.getLiteral("claims").getLong() + " claims";
            }
        });
    }

    @Test
    void namedGraphsStayAddressableInTheView() {
        String perGraph = "SELECT (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?p a <https://w3id.org/claimgraph/ontology#Paper> } }";
        long stored = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(perGraph, store.dataset())) {
                return qe.execSelect().next().getLiteral("graphs").getLong();
            }
        });
        long viewed = Txn.calculateRead(rdfs, () -> {
            try (QueryExecution qe = QueryExecution.create(perGraph, rdfs)) {
                return qe.execSelect().next().getLiteral("graphs").getLong();
            }
        });
        assertEquals(33, stored);
        assertEquals(stored, viewed);
    }

    @Test
    void servedViewAnswersMlSchemaOverHttpAndServesItsDescription() throws IOException, InterruptedException {
        ClaimServer server = ClaimServer.builder().dataset(rdfs).port(0).build().start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(server.datasetUri().resolve("claims/sparql"))
                            .header("Content-Type", "application/sparql-query")
                            .header("Accept", "application/sparql-results+json")
                            .POST(HttpRequest.BodyPublishers.ofString(ML_SCHEMA, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(answer.body()), ResultSetLang.RS_JSON);
            assertEquals(rows(store.dataset(), OWN_TERMS), rows(ResultSetFactory.copyResults(rs)));

            HttpResponse<byte[]> description = http.send(HttpRequest.newBuilder(
                            server.baseUri().resolve(ClaimServer.DESCRIPTION_PATH)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, description.statusCode());
            assertTrue(description.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(description.body())).lang(Lang.TURTLE).parse(g);
            Node dataset = NodeFactory.createURI("https://w3id.org/claimgraph/id/dataset");
            Node sparqlEndpoint = NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint");
            assertTrue(g.contains(dataset, sparqlEndpoint, NodeFactory.createURI(server.datasetUri() + "/sparql")),
                    "the description names the endpoint it was fetched from");
            List<Node> triples = g.find(dataset, NodeFactory.createURI("http://rdfs.org/ns/void#triples"), Node.ANY)
                    .mapWith(t -> t.getObject()).toList();
            assertEquals(1, triples.size());
            assertTrue(((Number) triples.get(0).getLiteralValue()).longValue() > 1000);

            HttpResponse<String> jsonld = http.send(HttpRequest.newBuilder(
                            server.baseUri().resolve(ClaimServer.DESCRIPTION_PATH)).header("Accept", "application/ld+json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
            assertFalse(jsonld.body().isBlank());
        } finally {
            server.stop();
        }
    }

    @Test
    void viewRefusesWrites() {
        URI unused = URI.create("https://example.org/x");
        Node s = NodeFactory.createURI(unused.toString());
        assertThrowsAnything(() -> Txn.executeWrite(rdfs, () -> rdfs.asDatasetGraph().add(s, s, s, s)));
    }

    private static void assertThrowsAnything(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException expected) {
            return;
        }
        throw new AssertionError("a write through the entailment view succeeded");
    }
}
