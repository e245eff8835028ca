package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {
    static final Path GOLD_SMALL = resource("eval/gold-small.jsonl");
    static final Path PRED_SMALL = resource("eval/pred-small.jsonl");
    static final Path GOLD_DAILY = resource("eval/gold-daily-papers-jul-28.jsonl");

    @TempDir
    Path tmp;

    static Path resource(String name) {
        try {
            return Path.of(ScorerTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /*
     * Hand-worked counts for gold-small / pred-small:
     * paper A: proposes CPL matches the CPL entity, the long form of the same entity is a second name -> FP;
     *   benchmarks GSM-8K = GSM8K, MATH, SVAMP extra; metric accuracy missed; task matched.
     *   results: p1 (10.5%, method = long form of CPL) matches r1 at all levels via the alias group;
     *   p3 duplicates p1 -> FP; p2 (6.53 vs 6.5) matches r2 on value and benchmark, not on baseline GRPO;
     *   p4 (92.96 vs 92.5, tolerance 0.4625) matches r3 at all levels; p5 wrong kind -> FP.
     * paper B (joined by title): 100.5 vs 100 sits exactly on the tolerance -> match; 100.6 -> FP.
     * paper C: no prediction -> its task is a FN. paper D: benchmark ALE predicted where gold has null.
     */
    @Test
    void smallFixtureGivesTheHandWorkedCounts() {
        Scores s = Scorer.score(GOLD_SMALL, PRED_SMALL, w -> { });

        assertEquals(new PrecisionRecall(1, 1, 0), s.entity(EntityField.PROPOSES));
        assertEquals(new PrecisionRecall(2, 1, 0), s.entity(EntityField.BENCHMARKS));
        assertEquals(new PrecisionRecall(0, 0, 1), s.entity(EntityField.METRICS));
        assertEquals(new PrecisionRecall(1, 0, 1), s.entity(EntityField.TASKS));
        assertEquals(new PrecisionRecall(5, 3, 0), s.result(MatchLevel.VALUE));
        assertEquals(new PrecisionRecall(4, 4, 1), s.result(MatchLevel.ANCHORED));
        assertEquals(new PrecisionRecall(3, 5, 2), s.result(MatchLevel.FULL));
        assertEquals(4, s.goldPapers());
        assertEquals(3, s.matchedPapers());
        assertEquals(1, s.unknownPredictions());
    }

    @Test
    void problemsAreWarningsWithLineNumbers() {
        List<String> warnings = new ArrayList<>();
        Scorer.score(GOLD_SMALL, PRED_SMALL, warnings::add);

        assertEquals(5, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("gold " + GOLD_SMALL + " line 4: malformed JSON ("), warnings.get(0));
        assertEquals("pred " + PRED_SMALL + " line 5: not a JSON object; line skipped", warnings.get(1));
        assertEquals("gold line 6: duplicate id 'paper-c'; paper skipped", warnings.get(2));
        assertEquals("pred line 4: second prediction for gold paper 'paper-a' (first on line 1); ignored", warnings.get(3));
        assertEquals("1 prediction(s) for papers not in gold were ignored", warnings.get(4));
    }

    @Test
    void realGoldAgainstItselfIsPerfect() throws IOException {
        long goldResults = 0;
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(GOLD_DAILY, StandardCharsets.UTF_8)) {
            goldResults += json.readTree(line).get("results").size();
        }
        List<String> warnings = new ArrayList<>();
        Scores s = Scorer.score(GOLD_DAILY, GOLD_DAILY, warnings::add);

        assertEquals(List.of(), warnings);
        assertEquals(33, s.goldPapers());
        assertEquals(33, s.matchedPapers());
        for (EntityField f : EntityField.values()) {
            assertEquals(1.0, s.entity(f).f1(), f.label());
            assertEquals(0, s.entity(f).fp() + s.entity(f).fn(), f.label());
        }
        for (MatchLevel l : MatchLevel.values()) {
            assertEquals(1.0, s.result(l).f1(), l.label());
            assertEquals(goldResults, s.result(l).tp(), l.label());
        }
    }

    @Test
    void emptyPredictionFindsNothing() throws IOException {
        Path empty = tmp.resolve("empty.jsonl");
        Files.write(empty, new byte[0]);
        Scores s = Scorer.score(GOLD_DAILY, empty, w -> { });

        assertEquals(0, s.matchedPapers());
        for (MatchLevel l : MatchLevel.values()) {
            assertEquals(0, s.result(l).tp());
            assertEquals(0.0, s.result(l).p(), "nothing predicted, something to find: P = 0");
            assertEquals(0.0, s.result(l).f1());
        }
        assertTrue(s.result(MatchLevel.VALUE).fn() > 0);
    }

    @Test
    void emptyDenominatorConventions() {
        assertEquals(1.0, PrecisionRecall.ZERO.p());
        assertEquals(1.0, PrecisionRecall.ZERO.r());
        assertEquals(1.0, PrecisionRecall.ZERO.f1());
        PrecisionRecall onlyFp = new PrecisionRecall(0, 2, 0);
        assertEquals(0.0, onlyFp.p());
        assertEquals(0.0, onlyFp.r());
        assertEquals(0.0, onlyFp.f1());
    }

    @Test
    void duplicatePredictionCountsOnceAndGreedyPrefersTheCloserValue() {
        var gold = List.of(result(10.0, "absolute", ""), result(10.04, "absolute", ""));
        var pred = List.of(result(10.03, "absolute", ""), result(10.03, "absolute", ""), result(10.03, "absolute", ""));
        assertEquals(new PrecisionRecall(2, 1, 0), Scorer.matchResults(gold, pred, MatchLevel.VALUE, List.of()));

        var oneGold = List.of(result(10.0, "absolute", ""));
        var closer = List.of(result(10.04, "absolute", ""), result(10.01, "absolute", ""));
        assertEquals(new PrecisionRecall(1, 1, 0), Scorer.matchResults(oneGold, closer, MatchLevel.VALUE, List.of()));
    }

    @Test
    void nullBenchmarkMatchesOnlyNull() {
        var gold = List.of(result(3.0, "ratio", ""));
        var named = List.of(result(3.0, "ratio", "ale"));
        var none = List.of(result(3.0, "ratio", ""));
        assertEquals(new PrecisionRecall(1, 0, 0), Scorer.matchResults(gold, named, MatchLevel.VALUE, List.of()));
        assertEquals(new PrecisionRecall(0, 1, 1), Scorer.matchResults(gold, named, MatchLevel.ANCHORED, List.of()));
        assertEquals(new PrecisionRecall(1, 0, 0), Scorer.matchResults(gold, none, MatchLevel.ANCHORED, List.of()));
        var namedGold = List.of(result(3.0, "ratio", "ale"));
        assertEquals(new PrecisionRecall(0, 1, 1), Scorer.matchResults(namedGold, none, MatchLevel.ANCHORED, List.of()));
    }

    @Test
    void toleranceIsRelativeAboveOneAndAbsoluteBelow() {
        assertTrue(Scorer.valueMatch(100.5, 100.0));
        assertFalse(Scorer.valueMatch(100.51, 100.0));
        assertTrue(Scorer.valueMatch(0.504, 0.5));
        assertFalse(Scorer.valueMatch(0.5051, 0.5));
        assertFalse(Scorer.valueMatch(null, 1.0));
    }

    @Test
    void aliasGroupsLetLongFormAndAcronymMatch() {
        List<Set<String>> groups = List.of(Set.of("criticalplansteplearning", "cpl"));
        assertTrue(Scorer.textMatch("cpl", "criticalplansteplearning", groups));
        assertFalse(Scorer.textMatch("cpl", "grpo", groups));
        assertFalse(Scorer.textMatch("cpl", "", groups));
        assertTrue(Scorer.textMatch("", "", groups));
    }

    @Test
    void linesAreSplitWherePythonSplitsThem() throws IOException {
        Path gold = tmp.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\": \"a\", \"title\": \"x\u2028y\", \"results\": []}\n"
                + "{\"id\": \"b\", \"title\": \"B\", \"metrics\": \"accuracy\"}\n", StandardCharsets.UTF_8);
        List<String> warnings = new ArrayList<>();
        Scores s = Scorer.score(gold, gold, warnings::add);

        assertEquals(1, s.goldPapers());
        assertTrue(warnings.get(0).startsWith("gold " + gold + " line 1: malformed JSON"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("gold " + gold + " line 2: malformed JSON"), warnings.get(1));
        assertEquals("gold " + gold + " line 3: field 'metrics' is not a list; treated as empty", warnings.get(2));
    }

    @Test
    void unreadableFileIsAnError() {
        Path missing = tmp.resolve("missing.jsonl");
        EvalException e = assertThrows(EvalException.class, () -> Scorer.score(GOLD_SMALL, missing, w -> { }));
        assertTrue(e.getMessage().startsWith("cannot read pred file " + missing), e.getMessage());
    }

    private static ClaimsRecord.ScoredResult result(double value, String kind, String benchmark) {
        return new ClaimsRecord.ScoredResult(value, kind, benchmark, "", "", "");
    }
}
