package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationTest {
    @TempDir
    Path tmp;

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(tmp.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void predictionsLandInTheirBucketAndCountAsRightOnlyWhenMatched() throws IOException {
        Path gold = write("gold.jsonl",
                "{\"id\":\"p1\",\"title\":\"T\",\"results\":[{\"value\":10.5,\"kind\":\"improvement\",\"benchmark\":\"GSM8K\"},"
                        + "{\"value\":80,\"kind\":\"absolute\",\"benchmark\":null}]}");
        Path pred = write("pred.jsonl",
                "{\"id\":\"p1\",\"title\":\"T\",\"results\":["
                        + "{\"value\":10.5,\"kind\":\"improvement\",\"benchmark\":\"GSM8K\",\"confidence\":0.9},"
                        + "{\"value\":80,\"kind\":\"absolute\",\"benchmark\":\"MATH\",\"confidence\":0.6},"
                        + "{\"value\":3,\"kind\":\"ratio\",\"benchmark\":null,\"confidence\":0.2},"
                        + "{\"value\":7,\"kind\":\"ratio\",\"benchmark\":null}]}");
        List<String> warnings = new ArrayList<>();
        List<Calibration.Bucket> buckets = Calibration.of(gold, pred, warnings::add);

        assertEquals(4, buckets.size());
        assertEquals(1, buckets.get(0).n());
        assertEquals(0.0, buckets.get(0).precision(MatchLevel.VALUE));
        assertEquals(1, buckets.get(1).n());
        assertEquals(1.0, buckets.get(1).precision(MatchLevel.VALUE), "value and kind match");
        assertEquals(0.0, buckets.get(1).precision(MatchLevel.ANCHORED), "gold benchmark is null, predicted MATH");
        assertEquals(0, buckets.get(2).n());
        assertEquals(1, buckets.get(3).n());
        assertEquals(1.0, buckets.get(3).precision(MatchLevel.ANCHORED));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("1 predicted result")), warnings.toString());
        String table = Calibration.toTable(buckets);
        assertTrue(table.contains("[0.85,1.00]"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("[0.70,0.85)") && l.trim().endsWith("-")), table);
    }

    @Test
    void bucketEdgesAreClosedBelow() {
        assertEquals(0, Calibration.bucket(0.49));
        assertEquals(1, Calibration.bucket(0.5));
        assertEquals(2, Calibration.bucket(0.7));
        assertEquals(3, Calibration.bucket(0.85));
        assertEquals(3, Calibration.bucket(1.0));
    }
}
