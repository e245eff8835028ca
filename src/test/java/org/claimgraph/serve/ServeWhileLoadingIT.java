package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.claimgraph.ClaimGraph;
import org.claimgraph.bench.CorpusGenerator;
import org.claimgraph.ingest.InputFormat;
import org.claimgraph.ingest.PaperReaders;
import org.claimgraph.ingest.PaperSource;
import org.claimgraph.ingest.RejectSink;
import org.claimgraph.rdf.CG;
import org.claimgraph.store.Batching;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.LoadSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries over HTTP keep succeeding while a load writes into the served store, and every answer is
 * a committed state: the paper count only ever moves by whole batches and never goes back.
 */
class ServeWhileLoadingIT {
    private static final int SEEDED = 10;
    private static final int LOADED = 400;
    private static final int BATCH = 50;
    private static final int CLIENTS = 3;
    private static final String COUNT_PAPERS = "PREFIX cg: <" + CG.NS + "> SELECT (COUNT(*) AS ?n) WHERE { ?p a cg:Paper }";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void queriesSucceedAndSeeWholeBatchesWhileALoadRuns() throws Exception {
        Path corpus = tmp.resolve("corpus.jsonl");
        try (OutputStream out = Files.newOutputStream(corpus)) {
            CorpusGenerator.standard().write(SEEDED + LOADED, 5, out);
        }
        List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        Path seed = Files.write(tmp.resolve("seed.jsonl"), lines.subList(0, SEEDED), StandardCharsets.UTF_8);
        Path rest = Files.write(tmp.resolve("rest.jsonl"), lines.subList(SEEDED, lines.size()), StandardCharsets.UTF_8);
        ClaimGraph graph = ClaimGraph.builder().threads(2).build();

        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("db"), new Batching(BATCH, 1_000_000))) {
            load(graph, store, seed);
            ClaimServer server = ClaimServer.builder().dataset(store.dataset()).port(0).build().start();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            AtomicBoolean loading = new AtomicBoolean(true);
            try {
                List<Future<List<Long>>> seen = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    seen.add(clients.submit(() -> countWhile(server, loading)));
                }
                LoadSummary summary;
                try {
                    summary = load(graph, store, rest);
                } finally {
                    loading.set(false);
                }
                assertEquals(LOADED, summary.papers());
                long answers = 0;
                boolean sawMidLoad = false;
                for (Future<List<Long>> f : seen) {
                    List<Long> counts = f.get(60, TimeUnit.SECONDS);
                    answers += counts.size();
                    for (int i = 0; i < counts.size(); i++) {
                        long n = counts.get(i);
                        assertEquals(0, (n - SEEDED) % BATCH, "a count between batch commits: " + n);
                        assertTrue(n >= SEEDED && n <= SEEDED + LOADED, "count out of range: " + n);
                        assertTrue(i == 0 || n >= counts.get(i - 1), "count went back: " + counts);
                        sawMidLoad |= n > SEEDED && n < SEEDED + LOADED;
                    }
                }
                assertTrue(answers >= CLIENTS, "each client answered at least once: " + answers);
                assertEquals(List.of((long) SEEDED + LOADED), countOnce(server));
                assertTrue(sawMidLoad || answers < 10, "with " + answers + " answers none saw the load part-way");
            } finally {
                clients.shutdownNow();
                server.stop();
            }
        }
    }

    private static LoadSummary load(ClaimGraph graph, ClaimStore store, Path input) {
        try (PaperSource source = PaperReaders.open(input, InputFormat.AUTO, RejectSink.strict())) {
            return graph.load(source, RejectSink.strict(), store, (c, n) -> { });
        }
    }

    /** Counts papers over HTTP until the load ends (and once more after); any failure fails the test. */
    private static List<Long> countWhile(ClaimServer server, AtomicBoolean loading) throws Exception {
        List<Long> counts = new ArrayList<>();
        boolean more = true;
        while (more) {
            more = loading.get();
            counts.addAll(countOnce(server));
        }
        return counts;
    }

    private static List<Long> countOnce(ClaimServer server) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.baseUri().resolve("claims/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(COUNT_PAPERS, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode n = JSON.readTree(r.body()).path("results").path("bindings").path(0).path("n").path("value");
        return List.of(Long.parseLong(n.asText()));
    }
}
