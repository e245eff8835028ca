package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void keepsOnlyLowercaseLettersAndDigits() {
        assertEquals("gsm8k", Names.key("GSM-8K"));
        assertEquals("gsm8k", Names.key("GSM8K"));
        assertEquals("protovaluenetworks", Names.key("proto-value networks"));
        assertEquals("", Names.key("--- "));
    }

    @Test
    void foldsCompatibilityFormsFirst() {
        assertEquals("gsm8k", Names.key("ＧＳＭ－８Ｋ"));
        assertEquals("fine", Names.key("ﬁne"));
        assertEquals("x2", Names.key("x²"));
    }

    @Test
    void dropsLettersOutsideAsciiLikeTheScorer() {
        assertEquals("ber", Names.key("Über"));
        assertEquals("i", Names.key("İ"));
    }
}
