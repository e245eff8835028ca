package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScientificNameFeaturesTest {
    private static List<String> features(String[] tokens, int index) {
        List<String> out = new ArrayList<>();
        new ScientificNameFeatures().createFeatures(out, tokens, index, new String[index]);
        return out;
    }

    @Test
    void shapesCollapseRunsOfOneCharacterClass() {
        assertEquals("X-x", ScientificNameFeatures.shape("BERT-base"));
        assertEquals("XxXxd", ScientificNameFeatures.shape("ResNet50"));
        assertEquals("Xxd.d", ScientificNameFeatures.shape("Qwen2.5"));
    }

    @Test
    void acronymsCamelCaseAndDigitsAreMarked() {
        assertTrue(features(new String[] {"LLMs"}, 0).contains("sn.acronym-plural"));
        assertTrue(features(new String[] {"ImageNet"}, 0).contains("sn.camel"));
        assertTrue(features(new String[] {"GPT-4"}, 0).containsAll(List.of("sn.acronym", "sn.alnum", "sn.hyphen")));
        assertFalse(features(new String[] {"model"}, 0).contains("sn.acronym"));
    }

    @Test
    void aLongFormBeforeAnAcronymInBracketsIsMarked() {
        String[] t = {"fields", "(", "CRF", ")"};
        assertTrue(features(t, 0).contains("sn.defined"));
        assertTrue(features(t, 0).contains("sn.nshape=("));
        assertTrue(features(t, 2).contains("sn.pshape=("));
    }
}
