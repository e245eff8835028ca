package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymFinderTest {
    private final AcronymFinder finder = new AcronymFinder();

    @Test
    void findsTheShortestMatchingLongForm() {
        List<AcronymFinder.Definition> d = finder.find(
                "Based on these insights, we propose Hierarchical Modality-Aware Pruning (HiMAP), a plug-and-play "
                        + "method, and evaluate it with the Arcade Learning Environment (ALE).");
        assertEquals(2, d.size(), d.toString());
        assertEquals("Hierarchical Modality-Aware Pruning", d.get(0).longForm());
        assertEquals("HiMAP", d.get(0).shortForm());
        assertEquals("Arcade Learning Environment", d.get(1).longForm());
    }

    @Test
    void offsetsPointAtTheLongForm() {
        String s = "We study retrieval-augmented generation (RAG) in depth.";
        AcronymFinder.Definition d = finder.find(s).get(0);
        assertEquals("retrieval-augmented generation", s.substring(d.longStart(), d.longEnd()));
    }

    @Test
    void ignoresParenthesesThatAreNotAcronyms() {
        assertEquals(List.of(), finder.find("accuracy improves (see below) and scores rise (p < 0.05)."));
        assertEquals(List.of(), finder.find("the model (GPT) is large."));
    }
}
