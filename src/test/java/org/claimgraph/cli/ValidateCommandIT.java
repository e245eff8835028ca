package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CG;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph validate} and {@code load --validate}, in-process, on the bundled abstracts in a real TDB2 store. */
class ValidateCommandIT {
    static final String BUNDLED = "data/daily-papers-jul-28.txt";

    @TempDir
    static Path work;
    static Path db;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void loadBundledData() {
        db = work.resolve("db");
        assertEquals(0, Main.run("load", BUNDLED, "--db", db.toString(), "--rejects", work.resolve("rejects.jsonl").toString()));
    }

    /** Papers and claims in the store, counted without SPARQL or SHACL. */
    private static long[] papersAndClaims(Path dir) {
        try (ClaimStore store = ClaimStore.openTdb2(dir)) {
            return Txn.calculateRead(store.dataset(), () -> {
                Set<Node> papers = new HashSet<>();
                Set<Node> claims = new HashSet<>();
                store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().equals(CG.Paper.asNode())) {
                        papers.add(q.getSubject());
                    } else if (q.getObject().equals(CG.ResultClaim.asNode()) || q.getObject().equals(CG.ProposalClaim.asNode())) {
                        claims.add(q.getSubject());
                    }
                });
                return new long[] {papers.size(), claims.size()};
            });
        }
    }

    private static Set<Node> graphNames(Path dir) {
        try (ClaimStore store = ClaimStore.openTdb2(dir)) {
            return Txn.calculateRead(store.dataset(), () -> Set.copyOf(Iter.toList(store.dataset().asDatasetGraph().listGraphNodes())));
        }
    }

    @Test
    void bundledDataConformsPaperByPaperAndAsAUnion() {
        long[] counts = papersAndClaims(db);
        assertTrue(counts[0] > 20 && counts[1] > 20, "the bundled file has dozens of papers and claims");
        String expected = String.format("conforms: %,d papers, %,d claims checked", counts[0], counts[1]);

        CliRun papers = run("validate", "--db", db.toString());
        assertEquals(ExitCodes.OK, papers.exit(), papers.out() + papers.err());
        assertEquals(List.of(expected), papers.lines());
        assertTrue(papers.err().contains("each paper's graph"), papers.err());

        CliRun union = run("validate", "--db", db.toString(), "--union");
        assertEquals(ExitCodes.OK, union.exit(), union.out() + union.err());
        assertEquals(List.of(expected), union.lines());
    }

    @Test
    void loadWithValidateStoresEveryBundledPaper() {
        Path validated = work.resolve("validated");
        Path rejects = work.resolve("validated-rejects.jsonl");
        CliRun load = run("load", BUNDLED, "--db", validated.toString(), "--rejects", rejects.toString(), "--validate");
        assertEquals(ExitCodes.OK, load.exit(), load.err());
        assertTrue(load.err().contains("no rejects"), load.err());
        assertFalse(Files.exists(rejects));
        assertEquals(graphNames(db), graphNames(validated));
    }

    @Test
    void brokenStoreIsReportedWithExitCode8() {
        Path broken = work.resolve("broken");
        Dataset ds = TDB2Factory.connectDataset(broken.toString());
        try {
            Txn.executeWrite(ds, () -> {
                RDFDataMgr.read(ds, "query/claims.trig");
                UpdateAction.parseExecute("""
                        PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                        DELETE { GRAPH ?g { ?r cg:confidence ?c } } INSERT { GRAPH ?g { ?r cg:confidence "1.5"^^xsd:double } }
                        WHERE { GRAPH ?g { ?r cg:confidence ?c } FILTER(?r = <https://w3id.org/claimgraph/id/paper/2409.08642/result/1>) }
                        """, ds);
            });
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
        CliRun papers = run("validate", "--db", broken.toString());
        assertEquals(ExitCodes.VALIDATION, papers.exit(), papers.out() + papers.err());
        assertEquals(2, papers.lines().size(), papers.out());
        String violation = papers.lines().get(0);
        assertTrue(violation.startsWith("in <https://w3id.org/claimgraph/id/paper/2409.08642>: "
                + "<https://w3id.org/claimgraph/id/paper/2409.08642/result/1> cg:confidence: "), violation);
        assertTrue(violation.contains("1.5e0") && violation.endsWith("MaxInclusive)"), violation);
        assertTrue(papers.lines().get(1).startsWith("does not conform: 1 violation in 4 papers"), papers.out());

        CliRun union = run("validate", "--db", broken.toString(), "--union");
        assertEquals(ExitCodes.VALIDATION, union.exit(), union.out());
        assertTrue(union.lines().get(0).startsWith("<https://w3id.org/claimgraph/id/paper/2409.08642/result/1> cg:confidence"),
                union.out());
    }

    @Test
    void missingStoreIsAStoreError() {
        CliRun r = run("validate", "--db", work.resolve("no-such-db").toString());
        assertEquals(ExitCodes.STORE, r.exit());
        assertTrue(r.err().contains("no database at"), r.err());
        assertFalse(Files.exists(work.resolve("no-such-db")), "validate must not create a store");
    }
}
