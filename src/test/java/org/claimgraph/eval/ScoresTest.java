package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The expected outputs under src/test/resources/eval/small-expected* were printed by score.py itself. */
class ScoresTest {
    @Test
    void tableIsWhatScorePyPrints() throws IOException {
        Scores s = Scorer.score(ScorerTest.GOLD_SMALL, ScorerTest.PRED_SMALL, w -> { });
        String expected = Files.readString(ScorerTest.resource("eval/small-expected-table.txt"), StandardCharsets.UTF_8);
        assertEquals(expected, s.toTable());
    }

    @Test
    void jsonIsWhatScorePyPrints() throws IOException {
        Scores s = Scorer.score(ScorerTest.GOLD_SMALL, ScorerTest.PRED_SMALL, w -> { });
        String expected = Files.readString(ScorerTest.resource("eval/small-expected.json"), StandardCharsets.UTF_8);
        assertEquals(expected, s.toJson() + "\n");
        JsonNode parsed = new ObjectMapper().readTree(s.toJson());
        assertEquals(s.result(MatchLevel.FULL).f1(), parsed.at("/results/full/f1").doubleValue());
        assertEquals(1, parsed.at("/papers/unknown_predictions").intValue());
    }

    @Test
    void tableRoundsHalfToEvenLikePython() {
        Scores s = scoresWith(new PrecisionRecall(1, 15, 0));
        String valueRow = s.toTable().lines().filter(l -> l.startsWith("  value")).findFirst().orElseThrow();
        assertEquals("  value                  0.062   1.000   0.118      1     15      0", valueRow);
    }

    @Test
    void headerOmitsUnknownPredictionsWhenThereAreNone() {
        assertTrue(scoresWith(PrecisionRecall.ZERO).toTable().startsWith("papers: gold 2, matched 1\n\nentities"));
    }

    @Test
    void everyFieldAndLevelMustBeScored() {
        Map<EntityField, PrecisionRecall> entities = new EnumMap<>(EntityField.class);
        Map<MatchLevel, PrecisionRecall> results = new EnumMap<>(MatchLevel.class);
        for (MatchLevel l : MatchLevel.values()) {
            results.put(l, PrecisionRecall.ZERO);
        }
        assertThrows(NullPointerException.class, () -> new Scores(entities, results, 1, 1, 0));
    }

    private static Scores scoresWith(PrecisionRecall value) {
        Map<EntityField, PrecisionRecall> entities = new EnumMap<>(EntityField.class);
        for (EntityField f : EntityField.values()) {
            entities.put(f, PrecisionRecall.ZERO);
        }
        Map<MatchLevel, PrecisionRecall> results = new EnumMap<>(MatchLevel.class);
        for (MatchLevel l : MatchLevel.values()) {
            results.put(l, value);
        }
        return new Scores(entities, results, 2, 1, 0);
    }
}
