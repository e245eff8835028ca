package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesKeyCasesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GSM8K|gsm8k",
        "GSM-8K|gsm8k",
        "gsm 8k|gsm8k",
        "ＧＳＭ８Ｋ|gsm8k",
        "Critical Plan Step Learning (CPL)|criticalplansteplearningcpl",
        "2409.08642|240908642",
        "x\" } DROP ALL #|xdropall",
        "Ünïcödé|ncd",
    })
    void keyFollowsTheModelRule(String name, String expected) {
        assertEquals(expected, Names.key(name));
    }
}
