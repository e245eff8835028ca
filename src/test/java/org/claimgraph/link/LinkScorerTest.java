package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkScorerTest {
    static final LocalEntity GSM8K = new LocalEntity("https://w3id.org/claimgraph/id/dataset/gsm8k", EntityKind.DATASET,
            List.of("GSM8K", "GSM-8K"));
    final LinkScorer scorer = new LinkScorer(Thresholds.DEFAULT);

    @Test
    void oneExactlyLabelledDirectlyTypedCandidateIsAnExactMatchScoringOne() {
        List<ScoredLink> links = scorer.score(GSM8K, List.of(new Candidate("wd:1", "GSM8K", false, true)));
        assertEquals(1, links.size());
        assertEquals(LinkRelation.EXACT_MATCH, links.get(0).relation());
        assertEquals(1.0, links.get(0).score(), 1e-9);
        assertEquals(MatchKind.LABEL, links.get(0).match());
    }

    @Test
    void labelBeatsAliasBeatsKey() {
        double label = scorer.score(GSM8K, List.of(new Candidate("wd:1", "GSM-8K", false, true))).get(0).score();
        double alias = scorer.score(GSM8K, List.of(new Candidate("wd:1", "GSM-8K", true, true))).get(0).score();
        double key = scorer.score(GSM8K, List.of(new Candidate("wd:1", "gsm8k", false, true))).get(0).score();
        assertTrue(label > alias && alias > key, label + " " + alias + " " + key);
        assertEquals(LinkRelation.CLOSE_MATCH,
                scorer.score(GSM8K, List.of(new Candidate("wd:1", "gsm8k", false, true))).get(0).relation());
    }

    @Test
    void rivalsLowerTheScoreAndOnlyAStrictBestCanBeExact() {
        List<ScoredLink> tie = scorer.score(GSM8K, List.of(new Candidate("wd:1", "GSM8K", false, true),
                new Candidate("wd:2", "GSM8K", false, true)));
        assertEquals(2, tie.size());
        tie.forEach(l -> assertEquals(LinkRelation.CLOSE_MATCH, l.relation()));
        tie.forEach(l -> assertEquals(2.0 / 3, l.score(), 1e-9));

        List<ScoredLink> weakRival = scorer.score(GSM8K, List.of(new Candidate("wd:1", "GSM8K", false, true),
                new Candidate("wd:2", "gsm8k", false, false)));
        assertEquals(1, weakRival.size(), "the weak rival itself stays below the close threshold");
        assertEquals("wd:1", weakRival.get(0).item());
        assertEquals(1.0 / (1 + 0.5 * 0.7 * 0.85), weakRival.get(0).score(), 1e-9);
        assertEquals(LinkRelation.CLOSE_MATCH, weakRival.get(0).relation(), "a rival, even weak, keeps it from exactMatch");
    }

    @Test
    void theSameItemFoundSeveralWaysCountsOnceWithItsBestMatch() {
        List<ScoredLink> links = scorer.score(GSM8K, List.of(new Candidate("wd:1", "GSM8K", true, false),
                new Candidate("wd:1", "GSM8K", false, true), new Candidate("wd:1", "gsm8k", false, true)));
        assertEquals(1, links.size());
        assertEquals(1.0, links.get(0).score(), 1e-9);
    }

    @Test
    void sameAsOnlyWhenAskedFor() {
        List<Candidate> one = List.of(new Candidate("wd:1", "GSM8K", false, true));
        assertEquals(LinkRelation.EXACT_MATCH, scorer.score(GSM8K, one).get(0).relation());
        assertEquals(LinkRelation.SAME_AS, new LinkScorer(new Thresholds(0.9, 0.5, 0.99)).score(GSM8K, one).get(0).relation());
    }

    @Test
    void belowTheCloseThresholdNothingIsLinked() {
        List<Candidate> subclassKey = List.of(new Candidate("wd:1", "gsm8k", true, false));
        assertTrue(new LinkScorer(new Thresholds(0.9, 0.7, Double.POSITIVE_INFINITY)).score(GSM8K, subclassKey).isEmpty());
        assertTrue(scorer.score(GSM8K, List.of()).isEmpty());
    }

    @Test
    void thresholdsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(0.5, 0.9, 1));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(1.2, 0.5, 2));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(0.9, 0.5, 0.8));
    }
}
