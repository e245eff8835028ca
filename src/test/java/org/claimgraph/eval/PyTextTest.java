package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected strings are what Python 3.11 gives for the same input. */
class PyTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void floatReprIsTheShortestRoundTrip() {
        assertEquals("0.30000000000000004", PyText.floatRepr(0.1 + 0.2));
        assertEquals("0.6666666666666666", PyText.floatRepr(2.0 / 3));
        assertEquals("1.0", PyText.floatRepr(1.0));
        assertEquals("123.0", PyText.floatRepr(123.0));
        assertEquals("0.0001", PyText.floatRepr(1e-4));
        assertEquals("1e-05", PyText.floatRepr(1e-5));
        assertEquals("1e+16", PyText.floatRepr(1e16));
        assertEquals("1000000000000000.0", PyText.floatRepr(1e15));
        assertEquals("5e-324", PyText.floatRepr(Double.MIN_VALUE));
        assertEquals("9.5367431640625e-07", PyText.floatRepr(Math.pow(2, -20)));
        assertEquals("-0.0", PyText.floatRepr(-0.0));
    }

    @Test
    void fixedThreeDecimalsRoundsTheExactBinaryValue() {
        assertEquals("0.062", PyText.fixed3(0.0625));
        assertEquals("0.001", PyText.fixed3(0.0005));
        assertEquals("1.000", PyText.fixed3(1.0));
    }

    @Test
    void normKeepsLowercaseLettersAndDigitsOfAnyValue() throws IOException {
        assertEquals("gsm8k", PyText.norm("GSM-8K"));
        assertEquals("", PyText.norm((String) null));
        assertEquals("true", PyText.norm(json("true")));
        assertEquals("a1", PyText.norm(json("[\"a\", 1]")));
        assertEquals("bcynonez15", PyText.norm(json("{\"b\": \"C\", \"y\": null, \"z\": 1.5}")));
        assertEquals("xanb", PyText.norm(json("{\"x\": \"a\\nb\"}")));
        assertEquals("10", PyText.text(json("1.0")));
        assertEquals("", PyText.text(json("false")));
        assertEquals("", PyText.text(json("[\"list\"]")));
    }

    @Test
    void toNumberReadsNumbersAndNumericStrings() throws IOException {
        assertEquals(4.29, PyText.toNumber(json("\"4.29%\"")));
        assertEquals(1234.5, PyText.toNumber(json("\"1,234.5\"")));
        assertEquals(-0.5, PyText.toNumber(json("\"about -.5 points\"")));
        assertEquals(3.5, PyText.toNumber(json("\"\u0663.5\"")));
        assertEquals(10.0, PyText.toNumber(json("10")));
        assertNull(PyText.toNumber(json("\"n/a\"")));
        assertNull(PyText.toNumber(json("true")));
        assertNull(PyText.toNumber(json("null")));
        assertNull(PyText.toNumber(json("\"1e999\"")));
    }

    @Test
    void linesSplitLikeSplitlines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (PyLines r = new PyLines(new StringReader("\uFEFFa\r\nb\rc\u2028d\u0085e\n\nf"))) {
            for (String l = r.next(); l != null; l = r.next()) {
                lines.add(l);
            }
        }
        assertEquals(List.of("a", "b", "c", "d", "e", "", "f"), lines);
    }

    @Test
    void stripUsesPythonWhitespace() {
        assertEquals("id", PyText.strip("\u00a0\u3000id\u0085 "));
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }
}
