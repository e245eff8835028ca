package org.claimgraph.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * JSON-LD 1.1 compacted with claimgraph's own context ({@code ontology/context.jsonld}), so keys read
 * {@code "value"}, {@code "confidence"}, {@code "statedIn"} rather than full IRIs. The context is
 * written inline, so the output parses back without fetching anything.
 *
 * <p>Design decision: Jena's JSON-LD 1.1 writer compacts only with a context made from the prefixes
 * and takes no other context, so this goes to Titanium, the JSON-LD engine Jena itself uses, directly.
 */
final class CompactJsonLd {
    static final String CONTEXT = "ontology/context.jsonld";
    private static final JsonStructure CONTEXT_DOCUMENT = readContext();

    private CompactJsonLd() {
    }

    /** Writes every quad of {@code dsg} as one compacted JSON-LD document; {@code out} is flushed, not closed. */
    static void write(DatasetGraph dsg, OutputStream out) {
        try {
            JsonObject compacted = contextFirst(JsonLd.compact(JsonDocument.of(expand(dsg)),
                    JsonDocument.of(CONTEXT_DOCUMENT)).ordered(true).get());
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(writer).write(compacted);
            writer.write('\n');
            writer.flush();
        } catch (JsonLdError e) {
            throw new ExportException("cannot compact the JSON-LD export with " + CONTEXT + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ExportException("cannot write the JSON-LD export: " + e.getMessage(), e);
        }
    }

    private static JsonArray expand(DatasetGraph dsg) throws JsonLdError {
        QuadsToJsonld toJsonLd = JsonLd.fromRdf().mode(JsonLdVersion.V1_1).ordered(true);
        for (var quads = dsg.find(); quads.hasNext(); ) {
            Quad q = quads.next();
            Node o = q.getObject();
            String graph = q.isDefaultGraph() ? null : resource(q.getGraph());
            try {
                if (o.isLiteral()) {
                    String language = o.getLiteralLanguage().isEmpty() ? null : o.getLiteralLanguage();
                    String direction = o.getLiteralBaseDirection() == null ? null : o.getLiteralBaseDirection().toString();
                    toJsonLd.quad(resource(q.getSubject()), resource(q.getPredicate()), o.getLiteralLexicalForm(),
                            o.getLiteralDatatypeURI(), language, direction, graph);
                } else {
                    toJsonLd.quad(resource(q.getSubject()), resource(q.getPredicate()), resource(o), null, null, null, graph);
                }
            } catch (RdfConsumerException e) {
                throw new ExportException("cannot convert " + q + " to JSON-LD: " + e.getMessage(), e);
            }
        }
        return toJsonLd.toJsonLd();
    }

    /** The same object with {@code @context} as its first key, where a reader looks for it. */
    private static JsonObject contextFirst(JsonObject compacted) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (compacted.containsKey("@context")) {
            b.add("@context", compacted.get("@context"));
        }
        compacted.forEach((key, value) -> {
            if (!key.equals("@context")) {
                b.add(key, value);
            }
        });
        return b.build();
    }

    private static String resource(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        throw new ExportException("JSON-LD cannot hold " + n + " as a subject, predicate or graph name");
    }

    private static JsonStructure readContext() {
        try (InputStream in = CompactJsonLd.class.getClassLoader().getResourceAsStream(CONTEXT)) {
            if (in == null) {
                throw new ExportException("the JSON-LD context " + CONTEXT + " is not on the classpath");
            }
            return Json.createReader(in).read();
        } catch (IOException e) {
            throw new ExportException("cannot read the JSON-LD context " + CONTEXT + ": " + e.getMessage(), e);
        }
    }
}
