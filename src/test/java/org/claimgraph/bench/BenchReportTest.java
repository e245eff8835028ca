package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's arithmetic and shape, on made-up figures (benchmarks themselves never run in tests). */
class BenchReportTest {
    private static final long S = 1_000_000_000L;

    private static BenchReport report() {
        return new BenchReport(2, 2, List.of(
                new Stage("opennlp", 1_000, 0, 10 * S, 18 * S),
                new Stage("extract", 1_000, 0, 8 * S, 15 * S),
                new Stage("extract+load", 1_000, 40_000, 12 * S, 20 * S),
                new Stage("bulk", 500, 20_000, S / 2, S / 2),
                new Stage("parallel", 0, 20_000, S, S)), 300L << 20, 600L << 20, 1L << 30, 3, 1.5, 2.5);
    }

    @Test
    void jsonHasTheRequiredKeysWithTheRatiosOfTheStages() throws Exception {
        JsonNode json = new ObjectMapper().readTree(report().json());
        for (String key : List.of("abstracts", "extract_load_abstracts_per_s", "opennlp_pos_abstracts_per_s",
                "time_ratio_vs_pos", "peak_heap_mb", "bulk_triples_per_s", "tdb2_parallel_triples_per_s")) {
            assertTrue(json.has(key), key + " missing in " + json);
        }
        assertEquals(1_000, json.get("abstracts").asLong());
        assertEquals(83.33, json.get("extract_load_abstracts_per_s").asDouble(), 0.001);
        assertEquals(100.0, json.get("opennlp_pos_abstracts_per_s").asDouble(), 0.001);
        assertEquals(1.2, json.get("time_ratio_vs_pos").asDouble(), 0.001);
        assertEquals(1.11, json.get("cpu_ratio_vs_pos").asDouble(), 0.001);
        assertEquals(40_000, json.get("bulk_triples_per_s").asLong());
        assertEquals(20_000, json.get("tdb2_parallel_triples_per_s").asLong());
        assertEquals(2.0, json.get("bulk_vs_parallel").asDouble(), 0.001);
        assertEquals(300, json.get("peak_heap_mb").asLong());
        assertEquals(600, json.get("peak_heap_used_mb").asLong());
        assertEquals(40_000, json.get("bulk_triples_per_cpu_s").asLong());
    }

    @Test
    void tableHasAHeaderAndOneRowPerStage() {
        String[] lines = report().table().split("\n");
        assertEquals(7, lines.length);
        assertTrue(lines[0].startsWith("stage"));
        assertTrue(lines[3].startsWith("extract+load") && lines[3].contains("40,000"), lines[3]);
        assertTrue(lines[6].contains("= 1.20"), lines[6]);
    }

    @Test
    void aReportNeedsAllFiveStages() {
        assertThrows(IllegalArgumentException.class, () -> new BenchReport(2, 2,
                List.of(new Stage("opennlp", 1, 0, 1, 1)), 0, 0, 0, 0, 0, 0));
    }
}
