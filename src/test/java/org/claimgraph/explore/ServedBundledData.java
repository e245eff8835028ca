package org.claimgraph.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.ParameterizedSparqlString;
import org.claimgraph.cli.Main;
import org.claimgraph.serve.ClaimServer;
import org.claimgraph.store.ClaimStore;

/**
 * The bundled Daily Papers file loaded by the real CLI into a TDB2 store in a temp folder, served
 * by a real ClaimServer with the explorer on an ephemeral loopback port.
 */
final class ServedBundledData implements AutoCloseable {
    static final Path BUNDLED = Path.of("data/daily-papers-jul-28.txt");
    static final String CPL_ID = "cpl-critical-plan-step-learning-boosts-llm-generalization-in-reasoning-tasks";
    static final String CPL_TITLE = "CPL: Critical Plan Step Learning Boosts LLM Generalization in Reasoning Tasks";

    private static final ObjectMapper JSON = new ObjectMapper();

    final ClaimStore store;
    final ClaimServer server;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    ServedBundledData(Path dir) {
        Path db = dir.resolve("db");
        int exit = Main.run("load", BUNDLED.toString(), "--db", db.toString(), "--rejects", dir.resolve("rejects.jsonl").toString());
        assertEquals(0, exit, "loading the bundled data");
        store = ClaimStore.openTdb2(db);
        server = ClaimServer.builder().dataset(store.dataset()).port(0).explorer(true).build().start();
    }

    URI uri(String pathAndQuery) {
        return server.baseUri().resolve(pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Evidence sentences of one paper's claims, asked of the SPARQL endpoint (not of the explorer). */
    List<String> evidenceOf(String paperId) throws IOException, InterruptedException {
        ParameterizedSparqlString query = new ParameterizedSparqlString("PREFIX cg: <https://w3id.org/claimgraph/ontology#>"
                + " PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX oa: <http://www.w3.org/ns/oa#>"
                + " SELECT DISTINCT ?exact WHERE { ?paper dcterms:identifier ?id . ?claim cg:statedIn ?paper ;"
                + " cg:evidence/oa:exact ?exact }");
        query.setLiteral("id", paperId);
        List<String> sentences = new ArrayList<>();
        for (JsonNode binding : bindings(query)) {
            sentences.add(binding.path("exact").path("value").asText());
        }
        return sentences;
    }

    /** The confidence the store holds for a paper's result on a benchmark, as the explorer prints it (two decimals). */
    String confidenceOf(String paperId, String benchmark) throws IOException, InterruptedException {
        ParameterizedSparqlString query = new ParameterizedSparqlString("PREFIX cg: <https://w3id.org/claimgraph/ontology#>"
                + " PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                + " SELECT ?confidence WHERE { ?paper dcterms:identifier ?id . ?claim cg:statedIn ?paper ;"
                + " cg:benchmark/rdfs:label ?benchmark ; cg:confidence ?confidence }");
        query.setLiteral("id", paperId);
        query.setLiteral("benchmark", benchmark);
        JsonNode bindings = bindings(query);
        assertEquals(1, bindings.size(), bindings.toString());
        return String.format(java.util.Locale.ROOT, "%.2f", bindings.get(0).path("confidence").path("value").asDouble());
    }

    /** The SPARQL endpoint's answer to {@code query} (not the explorer's): the JSON result bindings. */
    private JsonNode bindings(ParameterizedSparqlString query) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/claims/sparql?query="
                        + URLEncoder.encode(query.toString(), StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).path("results").path("bindings");
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
