package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.rdf.CG;
import org.junit.jupiter.api.Test;

/** {@code --format jsonld}: compact, readable keys from {@code ontology/context.jsonld}, and nothing lost. */
class CompactJsonLdTest {
    private static final DatasetGraph SOURCE = RDFDataMgr.loadDatasetGraph("query/claims.trig");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static byte[] jsonld() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF sink = ExportFormat.JSONLD.streamWriter(out);
        sink.start();
        SOURCE.find().forEachRemaining(sink::quad);
        sink.finish();
        return out.toByteArray();
    }

    @Test
    void compactJsonLdParsesBackToAnIsomorphicDataset() {
        DatasetGraph back = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(jsonld())).lang(Lang.JSONLD11).parse(back);
        ExportFormatTest.assertIsomorphicDatasets(SOURCE, back);
    }

    @Test
    void keysAreShortNamesFromTheContext() throws IOException {
        byte[] bytes = jsonld();
        String text = new String(bytes, StandardCharsets.UTF_8);
        JsonNode doc = JSON.readTree(bytes);
        assertEquals("@context", doc.fieldNames().next(), "the context comes first");
        assertTrue(doc.get("@context").isObject(), "the context is inline, so the file parses offline");
        String graphs = doc.get("@graph").toString();
        assertFalse(graphs.contains(CG.NS), "the data use no full cg IRI: " + graphs);
        assertFalse(graphs.contains("\"cg:"), "every cg term has a short name: " + graphs);

        JsonNode result = null;
        for (JsonNode paper : doc.get("@graph")) {
            for (JsonNode node : paper.get("@graph")) {
                if (node.get("id").asText().equals("cgid:paper/2409.08642/result/1")) {
                    result = node;
                }
            }
        }
        assertTrue(result != null, "result claim 1 of 2409.08642 in " + text);
        assertEquals("ResultClaim", result.get("type").asText());
        assertEquals("10.5", result.get("value").asText());
        assertEquals("0.83", result.get("confidence").asText());
        assertEquals("Improvement", result.get("kind").asText());
        assertEquals("%", result.get("unit").asText());
        assertEquals("cgid:paper/2409.08642", result.get("statedIn").asText());
        assertEquals("cgid:dataset/gsm8k", result.get("benchmark").asText());
        assertEquals("cgid:paper/2409.08642/result/1/evidence", result.get("evidence").asText());
    }

    /** Every class, individual and property of the ontology has a short name; a new term without one fails here. */
    @Test
    void contextNamesEveryOntologyTerm() throws IOException, IllegalAccessException {
        JsonNode context;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CompactJsonLd.CONTEXT)) {
            context = JSON.readTree(in).get("@context");
        }
        Set<String> mapped = new HashSet<>();
        context.properties().forEach(e -> {
            JsonNode v = e.getValue();
            String id = v.isTextual() ? v.asText() : v.path("@id").asText();
            mapped.add(id.startsWith("cg:") ? CG.NS + id.substring(3) : id);
        });
        List<String> missing = new ArrayList<>();
        for (Field f : CG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                String iri = ((Resource) f.get(null)).getURI();
                if (!mapped.contains(iri)) {
                    missing.add(iri);
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
