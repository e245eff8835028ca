package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LookupCacheTest {
    static final String RESULTS = "{\"head\":{\"vars\":[\"item\"]},\"results\":{\"bindings\":[]}}";

    @Test
    void answersSurviveAReopenKeyedByEndpointAndQuery(@TempDir Path dir) {
        Path file = dir.resolve("sub/cache.jsonl");
        Instant t = Instant.parse("2026-11-25T10:00:00Z");
        try (LookupCache cache = LookupCache.open(file)) {
            cache.put("http://e/sparql", "SELECT 1", new LookupCache.Entry(t, RESULTS));
        }
        try (LookupCache cache = LookupCache.open(file)) {
            assertEquals(1, cache.size());
            assertEquals(t, cache.get("http://e/sparql", "SELECT 1").orElseThrow().time());
            assertTrue(cache.get("http://other/sparql", "SELECT 1").isEmpty());
            assertTrue(cache.get("http://e/sparql", "SELECT 2").isEmpty());
        }
    }

    @Test
    void aBrokenLineIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cache.jsonl");
        Files.writeString(file, "{\"endpoint\":\"e\",\"query\":\"q\",\"time\":\"2026-11-25T10:00:00Z\",\"results\":{}}\n"
                + "not json\n", StandardCharsets.UTF_8);
        LinkException e = assertThrows(LinkException.class, () -> LookupCache.open(file));
        assertTrue(e.getMessage().startsWith(file + ":2:"), e.getMessage());
    }
}
