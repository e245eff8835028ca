package org.claimgraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.extract.Result;

/**
 * Writes claims JSON Lines, the CLAIMS-SCHEMA.md shape: one paper per line. Beyond the schema,
 * each result carries {@code evidence_start}/{@code evidence_end} (offsets into the original
 * abstract) and {@code confidence}; the scorer ignores fields it does not know.
 */
public final class ClaimsJsonWriter implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private final OutputStream out;

    public ClaimsJsonWriter(OutputStream out) {
        this.out = out;
    }

    public void write(PaperClaims claims) {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", claims.paper().id());
            g.writeStringField("title", claims.paper().title());
            writeEntities(g, "proposes", claims.proposes(), true);
            writeEntities(g, "tasks", claims.tasks(), false);
            writeEntities(g, "benchmarks", claims.benchmarks(), false);
            writeEntities(g, "metrics", claims.metrics(), false);
            g.writeArrayFieldStart("results");
            for (Result r : claims.results()) {
                writeResult(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write claims of paper " + claims.paper().id(), e);
        }
    }

    private static void writeEntities(JsonGenerator g, String field, List<Entity> entities, boolean typed)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (Entity e : entities) {
            g.writeStartObject();
            g.writeStringField("name", e.name());
            g.writeArrayFieldStart("aliases");
            for (String a : e.aliases()) {
                g.writeString(a);
            }
            g.writeEndArray();
            if (typed) {
                g.writeStringField("type", e.type().label());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeResult(JsonGenerator g, Result r) throws IOException {
        g.writeStartObject();
        g.writeStringField("method", r.method());
        g.writeStringField("benchmark", r.benchmark());
        g.writeStringField("metric", r.metric());
        g.writeNumberField("value", r.value());
        g.writeStringField("unit", r.unit());
        g.writeStringField("kind", r.kind().label());
        g.writeStringField("baseline", r.baseline());
        writeDecimal(g, "baseline_value", r.baselineValue());
        g.writeStringField("evidence", r.evidence().sentence());
        g.writeNumberField("evidence_start", r.evidence().span().start());
        g.writeNumberField("evidence_end", r.evidence().span().end());
        g.writeNumberField("confidence", r.confidence());
        g.writeEndObject();
    }

    private static void writeDecimal(JsonGenerator g, String field, BigDecimal value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
