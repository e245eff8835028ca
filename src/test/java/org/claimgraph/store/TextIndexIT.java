package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.ingest.Paper;
import org.claimgraph.rdf.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lucene index beside a real TDB2 store, asked through SPARQL's {@code text:query}. */
class TextIndexIT {
    private static final Provenance PROV = new Provenance("claimgraph-rules", "0.1.0", Instant.parse("2026-07-28T12:00:00Z"));

    @TempDir
    Path tmp;

    /** Ids of the papers whose title, abstract, evidence or entity labels contain the phrase in {@code property}'s field. */
    private static Set<String> papers(ClaimStore store, String property, String phrase) {
        ParameterizedSparqlString query = new ParameterizedSparqlString("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                SELECT DISTINCT ?id WHERE {
                  ?hit text:query (?property ?phrase 1000) .
                  { ?hit dcterms:identifier ?id }
                  UNION { ?claim cg:evidence ?hit ; cg:statedIn/dcterms:identifier ?id }
                  UNION { ?paper cg:proposes|cg:evaluatedOn|cg:usesMetric|cg:addressesTask ?hit ; dcterms:identifier ?id }
                }""");
        query.setIri("property", property);
        query.setLiteral("phrase", "\"" + phrase + "\"");
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> ids = new TreeSet<>();
            try (QueryExecution run = QueryExecutionFactory.create(query.asQuery(), store.dataset())) {
                run.execSelect().forEachRemaining(row -> ids.add(row.getLiteral("id").getString()));
            }
            return ids;
        });
    }

    private static final String TITLE = "http://purl.org/dc/terms/title";
    private static final String EXACT = "http://www.w3.org/ns/oa#exact";
    private static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    private static PaperClaims retitled(PaperClaims c, String title, String abstractText) {
        Paper p = c.paper();
        return new PaperClaims(new Paper(p.id(), title, abstractText, p.authors(), p.date(), p.url(), p.categories(), p.source()),
                c.proposes(), c.tasks(), c.benchmarks(), c.metrics(), c.results());
    }

    @Test
    void aTransactionalLoadIndexesTitlesAbstractsEvidenceAndLabels() throws IOException {
        List<PaperClaims> corpus = ClaimStoreIT.corpus(6);
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("db"))) {
            store.load(corpus.iterator(), PROV);
            assertEquals(Set.of("paper-0", "paper-3"), papers(store, TITLE, "Critical Plan Learning"));
            assertEquals(Set.of("paper-0", "paper-3"), papers(store, EXACT, "raises accuracy"));
            assertTrue(papers(store, LABEL, "GSM8K").containsAll(Set.of("paper-0", "paper-3")));
            assertEquals(Set.of(), papers(store, EXACT, "Critical Plan Learning"), "titles are not searched as evidence");
        }
    }

    @Test
    void reloadingAPaperWithOtherTextDropsItsOldHitsButKeepsLabelsOtherPapersShare() throws IOException {
        List<PaperClaims> corpus = ClaimStoreIT.corpus(6);
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("db"))) {
            store.load(corpus.iterator(), PROV);
            PaperClaims changed = retitled(corpus.get(0), "Zebra Finch Planning", "We propose zebra finch planning.");
            store.load(List.of(changed).iterator(), PROV);
            assertEquals(Set.of("paper-3"), papers(store, TITLE, "Critical Plan Learning"));
            assertEquals(Set.of("paper-0"), papers(store, TITLE, "zebra finch"));

            store.load(List.of(ClaimStoreIT.withId(corpus.get(1), "paper-3")).iterator(), PROV);
            assertEquals(Set.of(), papers(store, TITLE, "Critical Plan Learning"));
            assertTrue(papers(store, LABEL, "GSM8K").contains("paper-0"),
                    "paper-0 still names GSM8K although paper-3, which also did, was replaced");
        }
    }

    @Test
    void aBulkLoadIsIndexedAndAStoreWhoseIndexWasDeletedGetsOneWhenOpened() throws IOException {
        Path db = tmp.resolve("db");
        List<PaperClaims> corpus = ClaimStoreIT.corpus(9);
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            store.bulkLoad(corpus.iterator(), PROV, LoadListener.NONE);
            assertEquals(Set.of("paper-0", "paper-3", "paper-6"), papers(store, EXACT, "raises accuracy"));
        }
        deleteTree(db.resolve("text-index"));
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            assertEquals(Set.of("paper-0", "paper-3", "paper-6"), papers(store, EXACT, "raises accuracy"));
            assertEquals(Set.of("paper-0", "paper-3", "paper-6"), papers(store, TITLE, "Critical Plan Learning"));
        }
    }

    @Test
    void aBulkLoadIndexesWhileLoadingExactlyWhatARebuildIndexes() throws IOException {
        Path db = tmp.resolve("db");
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            store.bulkLoad(ClaimStoreIT.corpus(12).iterator(), PROV, LoadListener.NONE);
        }
        assertTrue(Files.isRegularFile(db.resolve("text-index.complete")), "a finished bulk load marks its index complete");
        long fed = indexedDocuments(db);
        assertTrue(fed > 12, "documents: " + fed);
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            assertEquals(fed, store.rebuildTextIndex(n -> { }));
        }
        assertEquals(fed, indexedDocuments(db));
    }

    @Test
    void aPaperThatComesTwiceInABulkLoadIsFoundOnlyByItsLastText() throws IOException {
        List<PaperClaims> corpus = new ArrayList<>(ClaimStoreIT.corpus(9));
        corpus.add(retitled(corpus.get(0), "Zebra Finch Planning", "We propose zebra finch planning."));
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("db"))) {
            store.bulkLoad(corpus.iterator(), PROV, LoadListener.NONE);
            assertEquals(Set.of("paper-0"), papers(store, TITLE, "zebra finch"));
            assertEquals(Set.of("paper-3", "paper-6"), papers(store, TITLE, "Critical Plan Learning"));
        }
    }

    private static long indexedDocuments(Path db) throws IOException {
        try (FSDirectory directory = FSDirectory.open(db.resolve("text-index"));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    @Test
    void anUnfinishedIndexIsRebuiltOnOpenWithoutDuplicates() throws IOException {
        Path db = tmp.resolve("db");
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            store.load(ClaimStoreIT.corpus(3).iterator(), PROV);
        }
        Files.delete(db.resolve("text-index.complete"));
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            long again = store.rebuildTextIndex(n -> { });
            assertTrue(again > 0);
            assertEquals(Set.of("paper-0"), papers(store, TITLE, "Critical Plan Learning"));
            assertEquals(again, store.rebuildTextIndex(n -> { }), "a rebuild starts from an empty index");
        }
    }

    @Test
    void compactionLeavesTheIndexValidAndLaterLoadsStillUpdateIt() throws IOException {
        Path db = tmp.resolve("db");
        List<PaperClaims> corpus = ClaimStoreIT.corpus(6);
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            store.load(corpus.iterator(), PROV);
            store.load(corpus.iterator(), PROV);
            store.compact();
            assertEquals(Set.of("paper-0", "paper-3"), papers(store, TITLE, "Critical Plan Learning"));
            store.load(List.of(retitled(corpus.get(3), "Yak Shaving Planning", "We shave yaks.")).iterator(), PROV);
            assertEquals(Set.of("paper-3"), papers(store, TITLE, "yak shaving"));
        }
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            assertEquals(Set.of("paper-3"), papers(store, TITLE, "yak shaving"), "committed to the index, not only buffered");
            assertEquals(Set.of("paper-0"), papers(store, TITLE, "Critical Plan Learning"));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.forEach(paths::add);
        }
        paths.sort(Comparator.reverseOrder());
        for (Path p : paths) {
            Files.delete(p);
        }
    }
}
