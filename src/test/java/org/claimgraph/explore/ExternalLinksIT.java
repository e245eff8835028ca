package org.claimgraph.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.cli.Main;
import org.claimgraph.serve.ClaimServer;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper with an arXiv id shows its arXiv page, and an entity that {@code claimgraph link} matched
 * shows the external item, on a real store served by a real server.
 */
class ExternalLinksIT {
    @TempDir
    Path dir;

    @Test
    void paperAndEntityPagesLinkOut() throws Exception {
        Path input = dir.resolve("papers.jsonl");
        Files.writeString(input, "{\"id\": \"2311.12047v2\", \"title\": \"StepGeo: Stepwise Geometry Reasoning\", "
                + "\"abstract\": \"We propose StepGeo. On Geometry3K, StepGeo outperforms GCPO by 2.1% accuracy.\"}\n",
                StandardCharsets.UTF_8);
        Path db = dir.resolve("db");
        assertEquals(0, Main.run("load", input.toString(), "--db", db.toString(), "--rejects", dir.resolve("r.jsonl").toString()));

        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            Node geometry = NodeFactory.createURI("https://w3id.org/claimgraph/id/dataset/geometry3k");
            Node links = NodeFactory.createURI("https://w3id.org/claimgraph/id/graph/links/test");
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().add(links, geometry,
                    SKOS.exactMatch.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q100000001")));
            ClaimServer server = ClaimServer.builder().dataset(store.dataset()).port(0).explorer(true).build().start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                String paper = http.send(HttpRequest.newBuilder(server.baseUri().resolve("/explore/paper/2311.12047v2")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertTrue(paper.contains("href=\"https://arxiv.org/abs/2311.12047\" rel=\"noopener noreferrer\">arXiv</a>"), paper);

                HttpResponse<String> entity = http.send(HttpRequest.newBuilder(
                        server.baseUri().resolve("/explore/entity/Geometry3K")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, entity.statusCode());
                assertTrue(entity.body().contains("same as <a class=\"external\" href=\"http://www.wikidata.org/entity/Q100000001\""),
                        entity.body());
                assertFalse(entity.body().contains("close to"), "no closeMatch was written");
            } finally {
                server.stop();
            }
        }
    }
}
