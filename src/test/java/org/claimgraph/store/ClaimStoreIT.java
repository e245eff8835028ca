package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.ingest.Paper;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.ClaimsJson;
import org.claimgraph.rdf.ClaimsRdfMapper;
import org.claimgraph.rdf.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real TDB2 database in a temporary folder. */
class ClaimStoreIT {
    private static final Provenance PROV = new Provenance("claimgraph-rules", "0.1.0", Instant.parse("2026-07-28T12:00:00Z"));
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path tmp;

    static List<PaperClaims> golden() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.sorted().map(d -> ClaimsJson.read(d.resolve("claims.json"))).toList();
        }
    }

    /** {@code n} papers: the golden cases again and again under fresh ids. */
    static List<PaperClaims> corpus(int n) throws IOException {
        List<PaperClaims> golden = golden();
        List<PaperClaims> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(withId(golden.get(i % golden.size()), "paper-" + i));
        }
        return out;
    }

    static PaperClaims withId(PaperClaims c, String id) {
        Paper p = c.paper();
        Paper renamed = new Paper(id, p.title(), p.abstractText(), p.authors(), p.date(), p.url(), p.categories(), p.source());
        return new PaperClaims(renamed, c.proposes(), c.tasks(), c.benchmarks(), c.metrics(), c.results());
    }

    static DatasetGraph mapped(List<PaperClaims> papers) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        for (PaperClaims c : papers) {
            ClaimsRdfMapper.create().write(c, PROV, new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    dsg.add(quad);
                }
            });
        }
        return dsg;
    }

    static long count(Dataset ds, String where) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("SELECT (COUNT(*) AS ?n) WHERE { " + where + " }");
        q.setNsPrefix("cg", CG.NS);
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(q.asQuery(), ds)) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    static Set<Node> graphNames(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            Set<Node> names = new HashSet<>();
            ds.asDatasetGraph().listGraphNodes().forEachRemaining(names::add);
            return names;
        });
    }

    static void assertSameGraphs(DatasetGraph expected, Dataset actual) {
        Txn.executeRead(actual, () -> {
            Set<Node> expectedNames = new HashSet<>();
            expected.listGraphNodes().forEachRemaining(expectedNames::add);
            assertEquals(expectedNames, graphNames(actual));
            for (Node g : expectedNames) {
                Graph stored = actual.asDatasetGraph().getGraph(g);
                assertTrue(expected.getGraph(g).isIsomorphicWith(stored), () -> "stored graph " + g + " differs; missing "
                        + expected.getGraph(g).find().filterDrop(stored::contains).toList()
                        + ", unexpected " + stored.find().filterDrop(expected.getGraph(g)::contains).toList());
            }
        });
    }

    @Test
    void loadsOneGraphPerPaperAndQueriesSeeTheUnion() throws IOException {
        List<PaperClaims> papers = golden();
        DatasetGraph expected = mapped(papers);
        long expectedQuads = Txn.calculateRead(expected, () -> expected.stream().count());
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("db"))) {
            LoadSummary summary = store.load(papers.iterator(), PROV);
            assertEquals(3, summary.papers());
            assertEquals(7, summary.claims(), "3 proposals and 4 results");
            assertEquals(expectedQuads, summary.quads());
            assertTrue(summary.elapsed().toNanos() > 0);

            Dataset ds = store.dataset();
            assertEquals(expectedQuads, count(ds, "GRAPH ?g { ?s ?p ?o }"));
            assertEquals(4, count(ds, "?c a cg:ResultClaim"), "union default graph");
            assertEquals(3, count(ds, "?p a cg:Paper"));
            long distinctTriples = expected.stream().map(Quad::asTriple).distinct().count();
            assertTrue(distinctTriples < expectedQuads, "the agent is described in every paper's graph");
            assertEquals(distinctTriples, count(ds, "?s ?p ?o"), "the default graph is the union, without duplicates");
            assertSameGraphs(expected, ds);
        }
    }

    @Test
    void reloadingAPaperReplacesItsGraph() throws IOException {
        PaperClaims full = golden().get(0);
        assertEquals(2, full.results().size(), "fixture: baseline-value has two results");
        PaperClaims fewer = new PaperClaims(full.paper(), full.proposes(), full.tasks(), full.benchmarks(),
                full.metrics(), full.results().subList(0, 1));
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("db"))) {
            store.load(List.of(full).iterator(), PROV);
            assertEquals(2, count(store.dataset(), "?c a cg:ResultClaim"));
            store.load(List.of(fewer).iterator(), PROV);
            assertEquals(1, count(store.dataset(), "?c a cg:ResultClaim"));
            assertEquals(0, count(store.dataset(), "?s cg:value 61.2"), "result 2 and its triples are gone");
            assertSameGraphs(mapped(List.of(fewer)), store.dataset());
        }
    }

    @Test
    void aPaperGivenTwiceInOneBatchEndsAsItsLastVersion() throws IOException {
        PaperClaims full = golden().get(0);
        PaperClaims fewer = new PaperClaims(full.paper(), full.proposes(), full.tasks(), full.benchmarks(),
                full.metrics(), full.results().subList(0, 1));
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("db"))) {
            LoadSummary summary = store.load(List.of(full, fewer).iterator(), PROV);
            assertEquals(2, summary.papers());
            assertSameGraphs(mapped(List.of(fewer)), store.dataset());
        }
    }

    @Test
    void findsAnEntityByMatchKeyAcrossPapersWithAParameterisedQuery() throws IOException {
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("db"))) {
            store.load(corpus(6).iterator(), PROV);
            ParameterizedSparqlString q = new ParameterizedSparqlString(
                    "SELECT (COUNT(DISTINCT ?paper) AS ?n) WHERE { ?e cg:matchKey ?key . ?paper a cg:Paper ; cg:evaluatedOn ?e }");
            q.setNsPrefix("cg", CG.NS);
            q.setLiteral("key", org.claimgraph.rdf.Names.key("GSM-8K"));
            long papers = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecutionFactory.create(q.asQuery(), store.dataset())) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(2, papers, "paper-0 and paper-3 evaluate on GSM8K");
        }
    }

    @Test
    void loadingTheSameInputTwiceGivesTheSameQuads() throws IOException {
        List<PaperClaims> papers = corpus(12);
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("db"), new Batching(5, 50_000))) {
            LoadSummary first = store.load(papers.iterator(), PROV);
            long quads = count(store.dataset(), "GRAPH ?g { ?s ?p ?o }");
            LoadSummary second = store.load(papers.iterator(), PROV);
            assertEquals(first.quads(), second.quads());
            assertEquals(first.claims(), second.claims());
            assertEquals(quads, count(store.dataset(), "GRAPH ?g { ?s ?p ?o }"));
            assertEquals(first.quads(), quads);
            assertSameGraphs(mapped(papers), store.dataset());
        }
    }

    @Test
    void aFailureMidLoadLeavesTheStoreAsOfTheLastCommit() throws IOException {
        List<PaperClaims> papers = corpus(7);
        Path db = tmp.resolve("db");
        Iterator<PaperClaims> failsAfterFive = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public PaperClaims next() {
                if (next == 5) {
                    throw new IllegalStateException("extractor crashed on input line 6");
                }
                if (next >= papers.size()) {
                    throw new NoSuchElementException();
                }
                return papers.get(next++);
            }
        };
        try (ClaimStore store = ClaimStore.openTdb2(db, new Batching(2, 1_000_000))) {
            StoreException e = assertThrows(StoreException.class, () -> store.load(failsAfterFive, PROV));
            assertTrue(e.getMessage().contains(db.toAbsolutePath().normalize().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("4 papers were committed"), e.getMessage());
            assertTrue(e.getMessage().contains("extractor crashed on input line 6"), e.getMessage());
        }
        try (ClaimStore reopened = ClaimStore.openTdb2(db)) {
            assertSameGraphs(mapped(papers.subList(0, 4)), reopened.dataset());
            LoadSummary rest = reopened.load(papers.subList(4, 7).iterator(), PROV);
            assertEquals(3, rest.papers());
            assertSameGraphs(mapped(papers), reopened.dataset());
        }
    }

    @Test
    void reportsEachPaperToTheListener() throws IOException {
        List<PaperClaims> papers = corpus(4);
        List<String> seen = new ArrayList<>();
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("db"))) {
            store.load(papers.iterator(), PROV, (claims, soFar) -> seen.add(claims.paper().id() + "#" + soFar));
        }
        assertEquals(List.of("paper-0#1", "paper-1#2", "paper-2#3", "paper-3#4"), seen);
    }

    @Test
    void compactionKeepsTheData() throws IOException {
        List<PaperClaims> papers = corpus(6);
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("db"), new Batching(1, 1_000_000))) {
            store.load(papers.iterator(), PROV);
            store.load(papers.iterator(), PROV);
            store.compact();
            assertSameGraphs(mapped(papers), store.dataset());
            assertEquals(6, count(store.dataset(), "?p a cg:Paper"));
        }
    }

    @Test
    void refusesAFolderThatIsNotATdb2Database() throws IOException {
        Path notes = tmp.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("todo.txt"), "not a database", StandardCharsets.UTF_8);
        StoreException e = assertThrows(StoreException.class, () -> ClaimStore.openTdb2(notes));
        assertTrue(e.getMessage().contains(notes.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not a TDB2 database"), e.getMessage());
        try (Stream<Path> left = Files.list(notes)) {
            assertEquals(1, left.count(), "nothing was created in the folder");
        }

        Path file = notes.resolve("todo.txt");
        StoreException onFile = assertThrows(StoreException.class, () -> ClaimStore.openTdb2(file));
        assertTrue(onFile.getMessage().contains(file.toAbsolutePath().toString()), onFile.getMessage());
    }

    @Test
    void refusesToOpenOneDatabaseTwiceAndReopensAfterClose() throws IOException {
        Path db = tmp.resolve("db");
        ClaimStore first = ClaimStore.openTdb2(db);
        StoreException e = assertThrows(StoreException.class, () -> ClaimStore.openTdb2(db));
        assertTrue(e.getMessage().contains("already open"), e.getMessage());
        first.load(golden().iterator(), PROV);
        first.close();
        assertThrows(StoreException.class, first::dataset);
        try (ClaimStore again = ClaimStore.openTdb2(db)) {
            assertEquals(3, count(again.dataset(), "?p a cg:Paper"));
        }
        assertFalse(graphNames(mappedDataset()).isEmpty());
    }

    @Test
    void bulkLoadingAnEmptyStoreGivesWhatIncrementalLoadingGives() throws IOException {
        List<PaperClaims> papers = corpus(9);
        LoadSummary incremental;
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("incremental"))) {
            incremental = store.load(papers.iterator(), PROV);
        }
        List<Long> seen = new ArrayList<>();
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("bulk"))) {
            LoadSummary bulk = store.bulkLoad(papers.iterator(), PROV, (c, soFar) -> seen.add(soFar));
            assertEquals(incremental.papers(), bulk.papers());
            assertEquals(incremental.claims(), bulk.claims());
            assertEquals(incremental.quads(), bulk.quads());
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), seen);
        }
        try (ClaimStore reopened = ClaimStore.openTdb2(tmp.resolve("bulk"))) {
            assertSameGraphs(mapped(papers), reopened.dataset());
            assertEquals(12, count(reopened.dataset(), "?c a cg:ResultClaim"), "union default graph after a bulk load");
            StoreException e = assertThrows(StoreException.class,
                    () -> reopened.bulkLoad(papers.iterator(), PROV, LoadListener.NONE));
            assertTrue(e.getMessage().contains("empty"), e.getMessage());
        }
    }

    @Test
    void aFailedBulkLoadCommitsNothing() throws IOException {
        List<PaperClaims> papers = corpus(4);
        Iterator<PaperClaims> failsAtTheFourth = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < papers.size();
            }

            @Override
            public PaperClaims next() {
                if (next == 3) {
                    throw new IllegalStateException("extractor crashed on input line 4");
                }
                return papers.get(next++);
            }
        };
        Path db = tmp.resolve("db");
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            StoreException e = assertThrows(StoreException.class,
                    () -> store.bulkLoad(failsAtTheFourth, PROV, LoadListener.NONE));
            assertTrue(e.getMessage().contains("paper-2") && e.getMessage().contains("line 4"), e.getMessage());
            assertTrue(e.getMessage().contains("nothing was committed"), e.getMessage());
            assertTrue(store.isEmpty());
        }
        try (ClaimStore reopened = ClaimStore.openTdb2(db)) {
            assertEquals(0, count(reopened.dataset(), "GRAPH ?g { ?s ?p ?o }"));
            reopened.bulkLoad(papers.iterator(), PROV, LoadListener.NONE);
            assertSameGraphs(mapped(papers), reopened.dataset());
            assertFalse(reopened.isEmpty());
        }
    }

    @Test
    void aBulkLoadKeepsTheLastVersionOfARepeatedPaperAsLoadDoes() throws IOException {
        List<PaperClaims> papers = new ArrayList<>(corpus(6));
        PaperClaims full = papers.get(1);
        PaperClaims fewer = new PaperClaims(full.paper(), full.proposes(), full.tasks(), full.benchmarks(),
                full.metrics(), full.results().isEmpty() ? List.of() : full.results().subList(0, 1));
        papers.add(papers.get(4));
        papers.add(fewer);
        papers.add(full);
        papers.add(fewer);
        LoadSummary incremental;
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("incremental"))) {
            incremental = store.load(papers.iterator(), PROV);
        }
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("bulk"))) {
            LoadSummary bulk = store.bulkLoad(papers.iterator(), PROV, LoadListener.NONE);
            assertEquals(10, bulk.papers());
            assertEquals(incremental.quads(), bulk.quads());
            assertEquals(incremental.claims(), bulk.claims());
            List<PaperClaims> last = new ArrayList<>(papers.subList(0, 6));
            last.set(1, fewer);
            assertSameGraphs(mapped(last), store.dataset());
        }
        try (ClaimStore a = ClaimStore.openTdb2(tmp.resolve("incremental"));
             ClaimStore b = ClaimStore.openTdb2(tmp.resolve("bulk"))) {
            assertSameGraphs(Txn.calculateRead(a.dataset(), () -> copy(a.dataset().asDatasetGraph())), b.dataset());
        }
    }

    private static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        dsg.find().forEachRemaining(out::add);
        return out;
    }

    @Test
    void refusesADatabaseAnotherProcessHolds() throws Exception {
        Path db = tmp.resolve("db");
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            store.load(golden().iterator(), PROV);
        }
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("open"), "holder did not open the store: " + line);
            StoreException e = assertThrows(StoreException.class, () -> ClaimStore.openTdb2(db));
            assertTrue(e.getMessage().contains(db.toAbsolutePath().normalize().toString()), e.getMessage());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS), "holder did not exit");
        }
        assertEquals(0, holder.exitValue());
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            assertEquals(3, count(store.dataset(), "?p a cg:Paper"), "usable once the other process let go");
        }
    }

    private static Dataset mappedDataset() throws IOException {
        return org.apache.jena.query.DatasetFactory.wrap(mapped(golden()));
    }
}
