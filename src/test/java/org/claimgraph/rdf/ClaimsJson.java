package org.claimgraph.rdf;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Evidence;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.extract.Result;
import org.claimgraph.extract.ResultKind;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.SourcePosition;

/**
 * Reads one paper in claims-JSON shape (CLAIMS-SCHEMA.md plus the paper's metadata: abstract,
 * authors, date, url, categories, and per result evidence_start/evidence_end/confidence) for tests.
 */
public final class ClaimsJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private ClaimsJson() {
    }

    public static PaperClaims read(Path file) {
        try {
            return parse(MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8)), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static PaperClaims parse(JsonNode json, String source) {
        Paper paper = new Paper(text(json, "id"), text(json, "title"), text(json, "abstract"),
                strings(json.path("authors")), text(json, "date"), text(json, "url"),
                strings(json.path("categories")), new SourcePosition(source, 1));
        List<Result> results = new ArrayList<>();
        for (JsonNode r : json.path("results")) {
            results.add(new Result(text(r, "method"), text(r, "benchmark"), text(r, "metric"),
                    decimal(r, "value"), text(r, "unit"), ResultKind.fromLabel(text(r, "kind")),
                    text(r, "baseline"), decimal(r, "baseline_value"),
                    new Evidence(text(r, "evidence"),
                            new Span(r.path("evidence_start").asInt(), r.path("evidence_end").asInt())),
                    r.path("confidence").asDouble(1.0)));
        }
        return new PaperClaims(paper, entities(json.path("proposes"), null), entities(json.path("tasks"), EntityType.TASK),
                entities(json.path("benchmarks"), EntityType.BENCHMARK), entities(json.path("metrics"), EntityType.METRIC),
                results);
    }

    private static List<Entity> entities(JsonNode array, EntityType fixed) {
        List<Entity> out = new ArrayList<>();
        for (JsonNode e : array) {
            EntityType type = fixed != null ? fixed : EntityType.fromLabel(text(e, "type"));
            out.add(new Entity(text(e, "name"), strings(e.path("aliases")), type));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.decimalValue();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
