package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "4.54%      | 4.54 | %    | 0",
        "+10.5%     | 10.5 | %    | +",
        "−2.1%      | 2.1  | %    | -",
        "94.76      | 94.76| null | 0",
        "1,024      | 1024 | null | 0",
        "3x         | 3    | x    | 0",
        "100×       | 100  | x    | 0",
        "8-fold     | 8    | x    | 0",
        "eight-fold | 8    | x    | 0",
        "Eight-Fold | 8    | x    | 0",
        "twofold    | 2    | x    | 0",
        "ten fold   | 10   | x    | 0",
        "doubles    | 2    | x    | 0",
        "doubled    | 2    | x    | 0",
        "triples    | 3    | x    | 0",
        "twice      | 2    | x    | 0",
        "eight      | 8    | null | 0"})
    void parsesSurfaceForms(String surface, BigDecimal value, String unit, char sign) {
        NumberParser.Parsed p = NumberParser.parse(surface).orElseThrow();
        assertEquals(0, value.compareTo(p.value()), "value of " + surface);
        assertEquals(unit, p.unit(), "unit of " + surface);
        assertEquals(sign == '0' ? 0 : sign, p.sign(), "sign of " + surface);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GSM8K", "fold", "x3", "accuracy", "3.4.5"})
    void rejectsNonNumbers(String surface) {
        assertTrue(NumberParser.parse(surface).isEmpty(), surface);
    }
}
