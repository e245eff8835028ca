package org.claimgraph.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers already fetched, as JSON Lines: one object per answer with the endpoint, the query as sent
 * (which contains the names looked up), the time of the answer and the SPARQL JSON results. The key is
 * endpoint + query, so a changed template or a new name is a miss, and a second run over the same store
 * sends no request. Appending keeps earlier lines; the last line for a key wins.
 */
public final class LookupCache implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final Map<String, Entry> entries = new HashMap<>();
    private BufferedWriter out;

    /** A cached answer. */
    public record Entry(Instant time, String results) {
        public Entry {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(results, "results");
        }
    }

    private LookupCache(Path file) {
        this.file = file;
    }

    /** No cache: every lookup is a request. */
    public static LookupCache none() {
        return new LookupCache(null);
    }

    /**
     * The cache in {@code file}, read now; the file is created at the first answer.
     *
     * @throws LinkException naming the file and line of a line that is not a cache entry
     */
    public static LookupCache open(Path file) {
        LookupCache cache = new LookupCache(Objects.requireNonNull(file, "file"));
        if (Files.exists(file)) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        JsonNode o = JSON.readTree(line);
                        cache.entries.put(key(o.get("endpoint").asText(), o.get("query").asText()),
                                new Entry(Instant.parse(o.get("time").asText()), JSON.writeValueAsString(o.get("results"))));
                    } catch (IOException | RuntimeException e) {
                        throw new LinkException(file + ":" + n + ": not a lookup cache entry (" + e.getMessage()
                                + "); delete the line or the file to fetch again");
                    }
                }
            } catch (IOException e) {
                throw new LinkException("cannot read lookup cache " + file + ": " + e.getMessage(), e);
            }
        }
        return cache;
    }

    public Optional<Entry> get(String endpoint, String query) {
        return Optional.ofNullable(entries.get(key(endpoint, query)));
    }

    /** Remembers an answer and appends it to the file at once, so an interrupted run keeps what it fetched. */
    public void put(String endpoint, String query, Entry entry) {
        entries.put(key(endpoint, query), entry);
        if (file == null) {
            return;
        }
        try {
            if (out == null) {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            ObjectNode o = JSON.createObjectNode();
            o.put("endpoint", endpoint);
            o.put("query", query);
            o.put("time", entry.time().toString());
            o.set("results", JSON.readTree(entry.results()));
            out.write(JSON.writeValueAsString(o));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new LinkException("cannot write lookup cache " + file + ": " + e.getMessage(), e);
        }
    }

    public int size() {
        return entries.size();
    }

    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new LinkException("cannot close lookup cache " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static String key(String endpoint, String query) {
        return endpoint + "\n" + query;
    }
}
