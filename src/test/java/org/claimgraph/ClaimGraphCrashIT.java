package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.bench.CorpusGenerator;
import org.claimgraph.ingest.InputFormat;
import org.claimgraph.ingest.PaperReaders;
import org.claimgraph.ingest.PaperSource;
import org.claimgraph.ingest.RejectSink;
import org.claimgraph.store.Batching;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a load in a child JVM is killed with SIGKILL part-way, run again, and the store
 * must then equal a clean load of the same input; no repair step in between.
 */
class ClaimGraphCrashIT {
    private static final int PAPERS = 800;
    private static final int BATCH = 150;
    private static final String ENDED_AT = "http://www.w3.org/ns/prov#endedAtTime";

    @TempDir
    static Path tmp;
    private static Path input;
    private static Path clean;

    @BeforeAll
    static void cleanLoad() throws IOException {
        input = tmp.resolve("corpus.jsonl");
        try (OutputStream out = Files.newOutputStream(input)) {
            CorpusGenerator.standard().write(PAPERS, 11, out);
        }
        clean = tmp.resolve("clean");
        try (ClaimStore store = ClaimStore.openTdb2(clean)) {
            load(store, input);
        }
    }

    private static void load(ClaimStore store, Path file) {
        try (PaperSource source = PaperReaders.open(file, InputFormat.AUTO, RejectSink.strict())) {
            ClaimGraph.builder().threads(2).build().load(source, RejectSink.strict(), store, (c, n) -> { });
        }
    }

    @Test
    void aBulkLoadKilledPartWayLeavesAnEmptyStoreAndARerunGivesTheCleanResult() throws Exception {
        Path db = tmp.resolve("bulk-killed");
        killAfter(db, PAPERS / 3);
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            assertTrue(store.isEmpty(), "a killed bulk load must commit nothing");
        }
        runToTheEnd(db);
        assertSameAsClean(db);
    }

    @Test
    void aBatchedLoadKilledPartWayKeepsItsCommitsAndARerunGivesTheCleanResult() throws Exception {
        Path db = tmp.resolve("batched-killed");
        Path first = tmp.resolve("first.jsonl");
        Files.write(first, Files.readAllLines(input, StandardCharsets.UTF_8).subList(0, 20), StandardCharsets.UTF_8);
        long seeded;
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            load(store, first);
            seeded = quads(store);
        }
        killAfter(db, BATCH * 2 + BATCH / 2);
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            long afterKill = quads(store);
            assertTrue(afterKill > seeded, "the commits before the kill survive: " + afterKill + " vs " + seeded);
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            assertEquals(2 * BATCH, (long) Txn.calculateRead(dsg,
                    () -> org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes())),
                    "exactly the papers of the committed batches (they include the seeded ones)");
        }
        runToTheEnd(db);
        assertSameAsClean(db);
    }

    private static Process child(Path db) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), LoadInChild.class.getName(), input.toString(),
                db.toString(), Integer.toString(BATCH))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Starts a load and kills it with SIGKILL once it has written {@code papers} papers. */
    private static void killAfter(Path db, int papers) throws Exception {
        Process p = child(db);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("loaded " + papers)) {
                continue;
            }
            assertEquals("loaded " + papers, line, "the child load ended before it could be killed");
            p.destroyForcibly();
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "killed child did not exit");
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
    }

    private static void runToTheEnd(Path db) throws Exception {
        Process p = child(db);
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                last = line;
            }
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "re-run did not finish");
        assertEquals(0, p.exitValue());
        assertEquals("done", last);
    }

    private static long quads(ClaimStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> dsg.stream().count());
    }

    private static void assertSameAsClean(Path db) {
        try (ClaimStore want = ClaimStore.openTdb2(clean); ClaimStore got = ClaimStore.openTdb2(db)) {
            assertEquals(quads(want), quads(got), "quad count");
            DatasetGraph w = want.dataset().asDatasetGraph();
            DatasetGraph g = got.dataset().asDatasetGraph();
            Txn.executeRead(w, () -> Txn.executeRead(g, () -> {
                List<Node> graphs = org.apache.jena.atlas.iterator.Iter.toList(w.listGraphNodes());
                assertEquals(PAPERS, graphs.size());
                assertEquals(graphs.size(), org.apache.jena.atlas.iterator.Iter.count(g.listGraphNodes()));
                for (int i = 0; i < graphs.size(); i += 37) {
                    Node name = graphs.get(i);
                    assertTrue(withoutTimes(w.getGraph(name)).isIsomorphicWith(withoutTimes(g.getGraph(name))),
                            "claims of " + name + " differ from the clean load");
                }
            }));
            assertSameTextHits(want, got);
        }
    }

    /** The full-text index holds what the clean load's holds: the same documents, none lost, none stale or doubled. */
    private static void assertSameTextHits(ClaimStore want, ClaimStore got) {
        List<String> titles = Txn.calculateRead(want.dataset(), () -> {
            List<String> all = new java.util.ArrayList<>();
            try (var run = org.apache.jena.query.QueryExecutionFactory.create("PREFIX dcterms: <http://purl.org/dc/terms/>"
                    + " SELECT ?t WHERE { ?p dcterms:title ?t } ORDER BY ?t LIMIT 20", want.dataset())) {
                run.execSelect().forEachRemaining(r -> all.add(r.getLiteral("t").getString()));
            }
            return all;
        });
        assertEquals(20, titles.size());
        for (String title : titles) {
            assertEquals(textHits(want, "http://purl.org/dc/terms/title", title), textHits(got, "http://purl.org/dc/terms/title", title),
                    "papers found by the title " + title);
            assertTrue(textHits(got, "http://purl.org/dc/terms/title", title).size() >= 1, title);
        }
        for (String word : List.of("code", "models", "the")) {
            assertEquals(textHits(want, "http://purl.org/dc/terms/title", word), textHits(got, "http://purl.org/dc/terms/title", word), word);
            assertEquals(textHits(want, "http://www.w3.org/ns/oa#exact", word), textHits(got, "http://www.w3.org/ns/oa#exact", word), word);
            assertEquals(textHits(want, "http://www.w3.org/2000/01/rdf-schema#label", word),
                    textHits(got, "http://www.w3.org/2000/01/rdf-schema#label", word), word);
        }
        assertTrue(textHits(got, "http://purl.org/dc/terms/title", "the").size() >= PAPERS / 2, "most abstracts say 'the'");
    }

    /** Every index hit for a phrase in a property's field, one entry per Lucene document (so doubles would show), sorted. */
    private static List<String> textHits(ClaimStore store, String property, String phrase) {
        org.apache.jena.query.ParameterizedSparqlString query = new org.apache.jena.query.ParameterizedSparqlString(
                "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query (?property ?phrase 1000000) }");
        query.setIri("property", property);
        query.setLiteral("phrase", "\"" + phrase.replaceAll("[\"\\\\]", " ") + "\"");
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> hits = new java.util.ArrayList<>();
            try (var run = org.apache.jena.query.QueryExecutionFactory.create(query.asQuery(), store.dataset())) {
                run.execSelect().forEachRemaining(r -> hits.add(r.get("s").toString()));
            }
            java.util.Collections.sort(hits);
            return hits;
        });
    }

    /** The graph without the extraction time, which differs between runs. */
    private static Graph withoutTimes(Graph graph) {
        Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Node endedAt = NodeFactory.createURI(ENDED_AT);
        graph.find().filterDrop(t -> t.getPredicate().equals(endedAt)).forEachRemaining(copy::add);
        return copy;
    }
}
