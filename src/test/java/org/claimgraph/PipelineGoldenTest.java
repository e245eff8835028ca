package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.ingest.InputFormat;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.PaperReaders;
import org.claimgraph.ingest.PaperSource;
import org.claimgraph.ingest.RejectSink;
import org.claimgraph.rdf.ClaimsRdfMapper;
import org.claimgraph.rdf.Provenance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole-pipeline golden cases: a real abstract in, the expected named graph out, compared by
 * isomorphism. Set {@code -Dclaimgraph.golden.update=true} to rewrite the expected files after an
 * intended change, then review their diff.
 */
class PipelineGoldenTest {
    private static final Path CASES = Path.of("src/test/resources/golden-abstracts");
    private static final Provenance FIXED = new Provenance("claimgraph-rules", "0.1.0",
            Instant.parse("2026-01-01T00:00:00Z"));
    private static final ClaimGraph PIPELINE = ClaimGraph.builder().threads(1).build();

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void abstractGivesTheExpectedGraph(Path dir) throws IOException {
        Paper paper = readOnePaper(dir);
        PaperClaims claims = PIPELINE.extract(paper);
        DatasetGraph actual = DatasetGraphFactory.createTxnMem();
        StreamRDF sink = StreamRDFLib.dataset(actual);
        ClaimsRdfMapper.create().write(claims, FIXED, sink);
        Node graphName = ClaimsRdfMapper.graphOf(paper);

        Path expectedFile = dir.resolve("expected.trig");
        if (Boolean.getBoolean("claimgraph.golden.update")) {
            try (OutputStream out = Files.newOutputStream(expectedFile)) {
                ClaimsRdfMapper.prefixes().forEach(actual.prefixes()::add);
                RDFDataMgr.write(out, actual, RDFFormat.TRIG_PRETTY);
            }
        }
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(expected, expectedFile.toString(), Lang.TRIG);

        assertEquals(List.of(graphName), listGraphs(expected), "expected one graph named after the paper");
        assertEquals(listGraphs(expected), listGraphs(actual));
        Graph want = expected.getGraph(graphName);
        Graph got = actual.getGraph(graphName);
        assertFalse(want.isEmpty());
        assertTrue(want.isIsomorphicWith(got), () -> "graph of " + dir.getFileName() + " differs from expected.trig:\n"
                + "missing: " + want.find().filterDrop(got::contains).toList() + "\n"
                + "extra: " + got.find().filterDrop(want::contains).toList());
    }

    private static Paper readOnePaper(Path dir) {
        try (PaperSource source = PaperReaders.open(dir, InputFormat.TXT_DIR, RejectSink.strict())) {
            Paper paper = source.read();
            assertEquals(null, source.read(), "one abstract per case");
            return paper;
        }
    }

    private static List<Node> listGraphs(DatasetGraph dsg) {
        return org.apache.jena.atlas.iterator.Iter.toList(dsg.listGraphNodes());
    }
}
