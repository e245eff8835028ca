package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.claimgraph.extract.TokenSpan;
import org.junit.jupiter.api.Test;

/** Predictions are fixed inputs here; the F1 figures were worked out by hand from the fixture. */
class NerBenchmarkTest {
    private static final List<List<TokenSpan>> PREDICTED = List.of(
            List.of(new TokenSpan(0, 2, "TASK"), new TokenSpan(3, 5, "DATASET")),
            List.of(new TokenSpan(1, 2, "METRIC"), new TokenSpan(0, 1, "TASK"), new TokenSpan(1, 2, "METRIC")));

    private static SpanScores score() throws IOException {
        int[] sentence = {0};
        return NerBenchmark.score(new TdmsciCorpus(TdmsciCorpusTest.TWO),
                doc -> List.of(PREDICTED.get(sentence[0]++)));
    }

    @Test
    void exactSpanAndLabelCountPerType() throws IOException {
        SpanScores s = score();
        assertEquals(new PrecisionRecall(1, 1, 0), s.byLabel().get("TASK"));
        assertEquals(new PrecisionRecall(0, 1, 1), s.byLabel().get("DATASET"));
        assertEquals(new PrecisionRecall(1, 0, 1), s.byLabel().get("METRIC"), "a repeated prediction counts once");
        assertEquals(2.0 / 3, s.byLabel().get("TASK").f1(), 1e-9);
        assertEquals(0.0, s.byLabel().get("DATASET").f1(), 1e-9);
    }

    @Test
    void overallIsTheMicroAverage() throws IOException {
        PrecisionRecall all = score().overall();
        assertEquals(new PrecisionRecall(2, 2, 2), all);
        assertEquals(0.5, all.f1(), 1e-9);
    }

    @Test
    void tableListsEveryLabelAndTheAverage() throws IOException {
        String table = score().toTable();
        assertTrue(table.contains("DATASET") && table.contains("METRIC") && table.contains("TASK"), table);
        assertTrue(table.contains("overall (micro)          0.500   0.500   0.500"), table);
    }
}
