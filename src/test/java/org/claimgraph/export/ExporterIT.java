package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.extract.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every export format from a real TDB2 store loaded from the hand-written fixture. */
class ExporterIT {
    @TempDir
    static Path storeDir;
    private static Dataset ds;
    private static DatasetGraph snapshot;

    @BeforeAll
    static void loadFixture() {
        ds = TDB2Factory.connectDataset(storeDir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, "query/claims.trig"));
        snapshot = Txn.calculateRead(ds, () -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            ds.asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
        assertEquals(RDFDataMgr.loadDatasetGraph("query/claims.trig").stream().count(), snapshot.stream().count());
    }

    @AfterAll
    static void release() {
        TDBInternal.expel(ds.asDatasetGraph());
    }

    private static byte[] export(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(ds, format, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TTL", "NT", "NQ", "TRIG", "JSONLD", "RDFXML"})
    void rdfExportParsesBackIsomorphicToTheStore(ExportFormat format) {
        byte[] bytes = export(format);
        if (format.keepsNamedGraphs()) {
            DatasetGraph back = DatasetGraphFactory.createGeneral();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.rdfFormat().getLang()).parse(back);
            assertEquals(4, back.size(), "named graphs");
            ExportFormatTest.assertIsomorphicDatasets(snapshot, back);
        } else {
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.rdfFormat().getLang()).parse(back);
            assertTrue(snapshot.getUnionGraph().isIsomorphicWith(back), format.cliName());
        }
    }

    @Test
    void defaultGraphTriplesAreNotLost(@TempDir Path otherStore) {
        Dataset other = TDB2Factory.connectDataset(otherStore.toString());
        try {
            Node s = NodeFactory.createURI("https://example.org/s");
            Node p = NodeFactory.createURI("https://example.org/p");
            Node inDefault = NodeFactory.createLiteralString("in the default graph");
            Node inNamed = NodeFactory.createLiteralString("in a named graph");
            Txn.executeWrite(other, () -> {
                other.asDatasetGraph().getDefaultGraph().add(Triple.create(s, p, inDefault));
                other.asDatasetGraph().add(Quad.create(NodeFactory.createURI("https://example.org/g"), s, p, inNamed));
            });
            for (ExportFormat format : List.of(ExportFormat.NT, ExportFormat.NQ, ExportFormat.RDFXML)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Exporter.export(other, format, out);
                DatasetGraph back = DatasetGraphFactory.createGeneral();
                RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(format.rdfFormat().getLang()).parse(back);
                assertTrue(back.getUnionGraph().contains(s, p, inNamed) || back.getDefaultGraph().contains(s, p, inNamed),
                        format.cliName());
                assertTrue(back.getDefaultGraph().contains(s, p, inDefault), format.cliName());
            }
        } finally {
            TDBInternal.expel(other.asDatasetGraph());
        }
    }

    @Test
    void claimThatBreaksTheModelIsNamed(@TempDir Path otherStore) {
        Dataset other = TDB2Factory.connectDataset(otherStore.toString());
        try {
            Txn.executeWrite(other, () -> RDFParser.fromString("""
                    PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                    PREFIX dcterms: <http://purl.org/dc/terms/>
                    <https://w3id.org/claimgraph/id/paper/p1> {
                      <https://w3id.org/claimgraph/id/paper/p1> a cg:Paper ; dcterms:identifier "p1" ; dcterms:title "T" .
                      <https://w3id.org/claimgraph/id/paper/p1/result/1> a cg:ResultClaim ;
                        cg:statedIn <https://w3id.org/claimgraph/id/paper/p1> ;
                        cg:value "ten" ; cg:kind cg:Absolute .
                    }
                    """, Lang.TRIG).parse(other));
            ExportException e = assertThrows(ExportException.class,
                    () -> Exporter.export(other, ExportFormat.CLAIMS_JSONL, new ByteArrayOutputStream()));
            assertTrue(e.getMessage().contains("paper/p1/result/1"), e.getMessage());
        } finally {
            TDBInternal.expel(other.asDatasetGraph());
        }
    }

    @Test
    void ntriplesOfTheUnionHaveNoDuplicates() {
        List<String> lines = new String(export(ExportFormat.NT), StandardCharsets.UTF_8).lines().toList();
        assertEquals(snapshot.getUnionGraph().size(), lines.size());
        assertEquals(lines.size(), Set.copyOf(lines).size());
        List<String> quads = new String(export(ExportFormat.NQ), StandardCharsets.UTF_8).lines().toList();
        assertEquals(snapshot.stream().count(), quads.size());
        assertTrue(quads.size() > lines.size(), "shared entity triples are repeated per paper graph");
    }

    @Test
    void csvHasOneRowPerResultClaim() throws IOException {
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get()
                .parse(new StringReader(new String(export(ExportFormat.CSV), StandardCharsets.UTF_8)))) {
            assertEquals(List.of(ResultClaimsCsv.HEADER), parser.getHeaderNames());
            rows = parser.getRecords();
        }
        assertEquals(10, rows.size());
        assertEquals(List.of("2403.02178", "2403.02178", "2403.02178", "2406.18629", "2406.18629", "2406.18629",
                        "2409.08642", "2409.08642", "2409.08642",
                        "proto-value-networks-scaling-representation-learning-with-auxiliary-tasks"),
                rows.stream().map(r -> r.get("paper")).toList());

        CSVRecord cpl = rows.get(6);
        assertEquals("Critical Plan Step Learning", cpl.get("method"));
        assertEquals("GSM8K", cpl.get("benchmark"));
        assertEquals("", cpl.get("metric"));
        assertEquals(0, new BigDecimal("10.5").compareTo(new BigDecimal(cpl.get("value"))));
        assertEquals("%", cpl.get("unit"));
        assertEquals("improvement", cpl.get("kind"));
        assertEquals("Direct Preference Optimization", cpl.get("baseline"));
        assertEquals("", cpl.get("baseline_value"));
        assertEquals("0.83", cpl.get("confidence"));
        assertTrue(cpl.get("evidence").startsWith("Our method significantly improves"), cpl.get("evidence"));

        CSVRecord mft = rows.get(0);
        assertEquals("GSM-8K", mft.get("benchmark"), "the label as the second paper wrote it");
        assertEquals("accuracy", mft.get("metric"));
        assertEquals("absolute", mft.get("kind"));
        assertEquals(0, new BigDecimal("92.50").compareTo(new BigDecimal(mft.get("baseline_value"))));
        assertEquals("MFT raises GSM-8K accuracy from 92.50% to 94.76%.", mft.get("evidence"));

        assertEquals(List.of("improvement", "absolute", "reduction"),
                rows.subList(3, 6).stream().map(r -> r.get("kind")).toList());
        assertEquals("points", rows.get(3).get("unit"));
        CSVRecord ratio = rows.get(9);
        assertEquals("", ratio.get("method"));
        assertEquals("", ratio.get("benchmark"));
        assertEquals("ratio", ratio.get("kind"));
        assertEquals("x", ratio.get("unit"));
    }

    @Test
    void claimsJsonLinesHaveTheSchemaShape() throws IOException {
        List<String> lines = new String(export(ExportFormat.CLAIMS_JSONL), StandardCharsets.UTF_8).lines().toList();
        assertEquals(4, lines.size());
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> papers = new ArrayList<>();
        for (String line : lines) {
            JsonNode paper = json.readTree(line);
            List<String> fields = new ArrayList<>();
            paper.fieldNames().forEachRemaining(fields::add);
            assertEquals(List.of("id", "title", "proposes", "tasks", "benchmarks", "metrics", "results"), fields);
            papers.add(paper);
        }
        JsonNode cpl = papers.get(2);
        assertEquals("2409.08642", cpl.get("id").asText());
        assertEquals("CPL: Critical Plan Step Learning Boosts LLM Generalization in Reasoning Tasks", cpl.get("title").asText());
        assertEquals("Critical Plan Step Learning", cpl.at("/proposes/0/name").asText());
        assertEquals("CPL", cpl.at("/proposes/0/aliases/0").asText());
        assertEquals(1, cpl.at("/proposes/0/aliases").size());
        assertEquals("Method", cpl.at("/proposes/0/type").asText());
        assertEquals("mathematical reasoning", cpl.at("/tasks/0/name").asText());
        assertEquals(List.of("GSM8K", "HumanEval", "MATH"), names(cpl.get("benchmarks")));
        assertEquals(0, cpl.get("metrics").size());
        JsonNode first = cpl.at("/results/0");
        assertEquals("Critical Plan Step Learning", first.get("method").asText());
        assertEquals("GSM8K", first.get("benchmark").asText());
        assertTrue(first.get("metric").isNull());
        assertEquals(0, new BigDecimal("10.5").compareTo(first.get("value").decimalValue()));
        assertEquals("improvement", first.get("kind").asText());
        assertEquals("Direct Preference Optimization", first.get("baseline").asText());
        assertEquals(154, first.get("evidence_start").asInt());
        assertEquals(277, first.get("evidence_end").asInt());
        assertEquals(List.of("10.5", "6.5", "12.2"), cpl.get("results").findValuesAsText("value"));

        JsonNode mft = papers.get(0);
        assertEquals("Masked Thought Fine-Tuning", mft.at("/proposes/0/name").asText());
        assertEquals("Model", mft.at("/proposes/0/type").asText(), "the most specific of cg:Model and cg:Method");
        assertEquals(List.of("GSM-8K", "GSM-IC"), names(mft.get("benchmarks")));
        assertEquals(List.of("accuracy"), names(mft.get("metrics")));
        assertEquals("Mathematical Reasoning", mft.at("/tasks/0/name").asText());
        assertEquals(0, new BigDecimal("92.50").compareTo(mft.at("/results/0/baseline_value").decimalValue()));

        JsonNode pvn = papers.get(3);
        assertEquals("Arcade Learning Environment", pvn.at("/benchmarks/0/name").asText());
        assertEquals("ALE", pvn.at("/benchmarks/0/aliases/0").asText());
        assertTrue(pvn.at("/results/0/method").isNull());
        assertTrue(pvn.at("/results/0/benchmark").isNull());
        assertEquals("ratio", pvn.at("/results/0/kind").asText());
    }

    @Test
    void storedClaimsKeepEvidenceSpansIntoTheAbstract() {
        List<PaperClaims> all = new ArrayList<>();
        StoredClaims.forEachPaper(ds, all::add);
        assertEquals(4, all.size());
        int results = 0;
        for (PaperClaims claims : all) {
            for (Result r : claims.results()) {
                String abstractText = claims.paper().abstractText();
                assertEquals(r.evidence().sentence(),
                        abstractText.substring(r.evidence().span().start(), r.evidence().span().end()));
                results++;
            }
        }
        assertEquals(10, results);
        PaperClaims cpl = all.get(2);
        assertEquals(List.of("Junzhe Chen", "Tianlong Wang"), cpl.paper().authors());
        assertEquals("2024-09-13", cpl.paper().date());
        assertEquals("https://arxiv.org/abs/2409.08642", cpl.paper().url());
        assertEquals(List.of("cs.AI"), cpl.paper().categories());
        assertNull(all.get(3).paper().url());
    }

    private static List<String> names(JsonNode entities) {
        List<String> names = new ArrayList<>();
        entities.forEach(e -> names.add(e.get("name").asText()));
        return names;
    }
}
