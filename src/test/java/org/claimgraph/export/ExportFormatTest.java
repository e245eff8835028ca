package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The writers used without a store ({@code claimgraph extract --format ...}): quads in, text out, parsed back. */
class ExportFormatTest {
    private static final DatasetGraph SOURCE = RDFDataMgr.loadDatasetGraph("query/claims.trig");

    @Test
    void namesRoundTrip() {
        assertEquals(List.of("ttl", "nt", "nq", "trig", "jsonld", "rdfxml", "claims-jsonl", "csv", "graphml", "gexf", "dot"),
                ExportFormat.names());
        for (ExportFormat f : ExportFormat.values()) {
            assertEquals(f, ExportFormat.fromName(f.cliName().toUpperCase(Locale.ROOT)));
        }
        ExportException e = assertThrows(ExportException.class, () -> ExportFormat.fromName("turtle"));
        assertTrue(e.getMessage().contains("'turtle'") && e.getMessage().contains("claims-jsonl"), e.getMessage());
    }

    @Test
    void streamingAndBufferingAreDeclared() {
        for (ExportFormat f : List.of(ExportFormat.TTL, ExportFormat.NT, ExportFormat.NQ, ExportFormat.TRIG)) {
            assertTrue(f.isStreaming(), f.cliName());
        }
        assertFalse(ExportFormat.JSONLD.isStreaming());
        assertFalse(ExportFormat.RDFXML.isStreaming());
        assertEquals(Set.of(ExportFormat.NQ, ExportFormat.TRIG, ExportFormat.JSONLD),
                Set.of(ExportFormat.values()).stream().filter(ExportFormat::keepsNamedGraphs)
                        .collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TTL", "NT", "NQ", "TRIG", "JSONLD", "RDFXML"})
    void streamedQuadsParseBackIsomorphic(ExportFormat format) {
        byte[] bytes = stream(format);
        if (format.keepsNamedGraphs()) {
            DatasetGraph back = DatasetGraphFactory.createGeneral();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.rdfFormat().getLang()).parse(back);
            assertIsomorphicDatasets(SOURCE, back);
        } else {
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.rdfFormat().getLang()).parse(back);
            assertTrue(SOURCE.getUnionGraph().isIsomorphicWith(back), format.cliName());
        }
    }

    @Test
    void turtleAndTrigDeclareTheModelPrefixes() {
        for (ExportFormat f : List.of(ExportFormat.TTL, ExportFormat.TRIG)) {
            String text = new String(stream(f), StandardCharsets.UTF_8);
            for (String prefix : List.of("cg", "dcterms", "prov", "oa", "skos", "schema", "xsd", "rdfs")) {
                assertTrue(text.contains("PREFIX " + prefix + ":") || text.contains("@prefix " + prefix + ":"),
                        f.cliName() + " lacks prefix " + prefix);
            }
            assertTrue(text.contains("cg:ResultClaim"), f.cliName() + " does not use the cg prefix");
        }
    }

    @Test
    void bufferedFormatsWriteNothingBeforeFinish() {
        for (ExportFormat f : List.of(ExportFormat.JSONLD, ExportFormat.RDFXML)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StreamRDF sink = f.streamWriter(out);
            sink.start();
            SOURCE.find().forEachRemaining(sink::quad);
            assertEquals(0, out.size(), f.cliName());
            sink.finish();
            assertTrue(out.size() > 0, f.cliName());
        }
    }

    @Test
    void claimsFormatsHaveNoStreamWriter() {
        ExportException e = assertThrows(ExportException.class,
                () -> ExportFormat.CSV.streamWriter(new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("csv is not an RDF format"), e.getMessage());
        assertThrows(ExportException.class, () -> ExportFormat.CLAIMS_JSONL.streamWriter(new ByteArrayOutputStream()));
        for (ExportFormat graph : List.of(ExportFormat.GRAPHML, ExportFormat.GEXF, ExportFormat.DOT)) {
            assertTrue(graph.isEntityGraph());
            assertFalse(graph.isRdf());
            assertThrows(ExportException.class, () -> graph.streamWriter(new ByteArrayOutputStream()));
        }
        assertFalse(ExportFormat.TTL.isEntityGraph());
    }

    @Test
    void fileNamesChooseTheFormatWithOrWithoutGz() {
        assertEquals(ExportFormat.TTL, ExportFormat.fromFileName("claims.ttl").orElseThrow());
        assertEquals(ExportFormat.TTL, ExportFormat.fromFileName("claims.ttl.gz").orElseThrow());
        assertEquals(ExportFormat.NQ, ExportFormat.fromFileName("CLAIMS.NQ.GZ").orElseThrow());
        assertEquals(ExportFormat.RDFXML, ExportFormat.fromFileName("claims.rdf").orElseThrow());
        assertEquals(ExportFormat.CLAIMS_JSONL, ExportFormat.fromFileName("claims.jsonl").orElseThrow());
        assertEquals(ExportFormat.GRAPHML, ExportFormat.fromFileName("entities.graphml.gz").orElseThrow());
        assertEquals(ExportFormat.GEXF, ExportFormat.fromFileName("entities.gexf").orElseThrow());
        assertEquals(ExportFormat.DOT, ExportFormat.fromFileName("entities.gv").orElseThrow());
        assertEquals(ExportFormat.DOT, ExportFormat.fromFileName("v1.2.entities.dot").orElseThrow());
        assertTrue(ExportFormat.fromFileName("claims.gz").isEmpty());
        assertTrue(ExportFormat.fromFileName("claims").isEmpty());
        assertTrue(ExportFormat.fromFileName("claims.xlsx").isEmpty());
        for (ExportFormat f : ExportFormat.values()) {
            assertEquals(f, ExportFormat.fromFileName("out." + f.extensions().get(0)).orElseThrow(), f.cliName());
        }
        assertTrue(ExportFormat.isGzip("a.ttl.GZ"));
        assertFalse(ExportFormat.isGzip("a.ttl.gzip"));
    }

    private static byte[] stream(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF sink = format.streamWriter(out);
        sink.start();
        SOURCE.find().forEachRemaining(sink::quad);
        sink.finish();
        return out.toByteArray();
    }

    static void assertIsomorphicDatasets(DatasetGraph expected, DatasetGraph actual) {
        Set<Node> expectedGraphs = Set.copyOf(Iter.toList(expected.listGraphNodes()));
        assertEquals(expectedGraphs, Set.copyOf(Iter.toList(actual.listGraphNodes())));
        for (Node g : expectedGraphs) {
            assertTrue(expected.getGraph(g).isIsomorphicWith(actual.getGraph(g)), "graph " + g);
        }
        assertTrue(expected.getDefaultGraph().isIsomorphicWith(actual.getDefaultGraph()), "default graph");
    }
}
