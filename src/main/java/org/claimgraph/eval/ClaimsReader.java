package org.claimgraph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a claims JSON Lines file the way score.py's {@code Reader} does: undecodable bytes become
 * U+FFFD, blank lines are skipped, a line that is not a JSON object is a warning naming its line
 * and is skipped, and a missing or wrongly typed field counts as empty.
 */
final class ClaimsReader {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final Consumer<String> warn;

    ClaimsReader(Consumer<String> warn) {
        this.warn = warn;
    }

    List<ClaimsRecord> read(Path path, String label) {
        List<ClaimsRecord> records = new ArrayList<>();
        InputStreamReader decoder;
        try {
            decoder = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE));
        } catch (IOException e) {
            throw new EvalException("cannot read " + label + " file " + path + ": " + e, e);
        }
        try (PyLines lines = new PyLines(new BufferedReader(decoder, 1 << 16))) {
            long n = 0;
            for (String raw = lines.next(); raw != null; raw = lines.next()) {
                n++;
                if (PyText.strip(raw).isEmpty()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(raw);
                } catch (JsonProcessingException e) {
                    warn.accept(label + " " + path + " line " + n + ": malformed JSON (" + firstLine(e.getOriginalMessage())
                            + "); line skipped");
                    continue;
                }
                if (!(node instanceof ObjectNode obj)) {
                    warn.accept(label + " " + path + " line " + n + ": not a JSON object; line skipped");
                    continue;
                }
                records.add(record(obj, n, label, path));
            }
        } catch (IOException e) {
            throw new EvalException("cannot read " + label + " file " + path + ": " + e, e);
        }
        return records;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private List<JsonNode> list(ObjectNode obj, String key, long n, String label, Path path) {
        JsonNode v = obj.get(key);
        List<JsonNode> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            warn.accept(label + " " + path + " line " + n + ": field '" + key + "' is not a list; treated as empty");
            return out;
        }
        v.forEach(out::add);
        return out;
    }

    private ClaimsRecord record(ObjectNode obj, long n, String label, Path path) {
        JsonNode idNode = obj.get("id");
        String id = idNode != null && idNode.isTextual() ? PyText.strip(idNode.textValue()) : "";
        JsonNode titleNode = obj.get("title");
        String title = titleNode != null && titleNode.isTextual() ? titleNode.textValue() : "";
        Map<EntityField, List<Set<String>>> entities = new EnumMap<>(EntityField.class);
        Map<EntityField, List<String>> names = new EnumMap<>(EntityField.class);
        List<Set<String>> groups = new ArrayList<>();
        for (EntityField field : EntityField.values()) {
            List<Set<String>> keysets = new ArrayList<>();
            List<String> fieldNames = new ArrayList<>();
            for (JsonNode item : list(obj, field.label(), n, label, path)) {
                JsonNode name;
                List<JsonNode> aliases = new ArrayList<>();
                if (item.isTextual()) {
                    name = item;
                } else if (item.isObject()) {
                    name = item.get("name");
                    JsonNode a = item.get("aliases");
                    if (a != null && a.isArray()) {
                        a.forEach(aliases::add);
                    }
                } else {
                    continue;
                }
                Set<String> keys = new LinkedHashSet<>();
                for (JsonNode x : prepend(name, aliases)) {
                    if (x != null && x.isTextual()) {
                        String k = PyText.norm(x.textValue());
                        if (!k.isEmpty()) {
                            keys.add(k);
                        }
                    }
                }
                if (!keys.isEmpty()) {
                    keysets.add(Set.copyOf(keys));
                }
                String nn = name != null && name.isTextual() ? PyText.norm(name.textValue()) : "";
                if (!nn.isEmpty() && !fieldNames.contains(nn)) {
                    fieldNames.add(nn);
                }
            }
            entities.put(field, keysets);
            names.put(field, fieldNames);
        }
        for (EntityField field : EntityField.values()) {
            for (Set<String> keys : entities.get(field)) {
                if (keys.size() > 1) {
                    groups.add(keys);
                }
            }
        }
        List<ClaimsRecord.ScoredResult> results = new ArrayList<>();
        for (JsonNode item : list(obj, "results", n, label, path)) {
            if (!item.isObject()) {
                warn.accept(label + " " + path + " line " + n + ": a result is not an object; ignored");
                continue;
            }
            results.add(new ClaimsRecord.ScoredResult(PyText.toNumber(item.get("value")), PyText.norm(item.get("kind")),
                    PyText.text(item.get("benchmark")), PyText.text(item.get("metric")),
                    PyText.text(item.get("method")), PyText.text(item.get("baseline"))));
        }
        return new ClaimsRecord(n, id, title, entities, names, results, groups);
    }

    private static List<JsonNode> prepend(JsonNode first, List<JsonNode> rest) {
        List<JsonNode> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
