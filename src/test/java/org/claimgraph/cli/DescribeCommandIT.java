package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.claimgraph.describe.DatasetDescriber;
import org.claimgraph.rdf.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph describe}, in-process, on a real TDB2 store holding the hand-written fixture. */
class DescribeCommandIT {
    @TempDir
    static Path work;
    static Path db;

    @BeforeAll
    static void loadFixture() {
        db = work.resolve("db");
        Dataset ds = TDB2Factory.connectDataset(db.toString());
        try {
            Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, "query/claims.trig"));
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void writesTurtleWithTheStoreCounts() {
        Path out = work.resolve("void.ttl");
        CliRun r = CliRun.of("describe", "--db", db.toString(), "-o", out.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(Files.isRegularFile(out));

        DatasetGraph fixture = RDFDataMgr.loadDatasetGraph("query/claims.trig");
        Set<Triple> triples = new HashSet<>();
        fixture.find().forEachRemaining(q -> triples.add(q.asTriple()));
        Set<Object> papers = new HashSet<>();
        fixture.find(null, null, RDF.Nodes.type, CG.Paper.asNode()).forEachRemaining(q -> papers.add(q.getSubject()));

        Model description = RDFDataMgr.loadModel(out.toString());
        Resource d = description.createResource(DatasetDescriber.DEFAULT_IRI);
        assertEquals(triples.size(), d.getProperty(VOID.triples).getLong());
        long paperPartition = d.listProperties(VOID.classPartition).toList().stream()
                .map(s -> s.getResource())
                .filter(p -> p.hasProperty(VOID._class, CG.Paper))
                .mapToLong(p -> p.getProperty(VOID.entities).getLong())
                .sum();
        assertEquals(papers.size(), paperPartition);
        assertTrue(r.err().contains(String.format("%,d triples, %,d papers", triples.size(), papers.size())), r.err());
    }

    @Test
    void writesToStandardOutputByDefault() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        CliRun r;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            r = CliRun.of("describe", "--db", db.toString());
        } finally {
            System.setOut(stdout);
        }
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        Model description = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(captured.toByteArray())).lang(Lang.TURTLE).parse(description);
        assertTrue(description.contains(description.createResource(DatasetDescriber.DEFAULT_IRI), RDF.type, VOID.Dataset),
                captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void missingStoreIsAStoreError() {
        CliRun r = CliRun.of("describe", "--db", work.resolve("none").toString());
        assertEquals(ExitCodes.STORE, r.exit());
        assertTrue(r.err().contains("no database at"), r.err());
    }
}
