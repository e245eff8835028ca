package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RankKeyTest {
    private static String key(String value) {
        return PaperGraphWriter.rankKey(new BigDecimal(value));
    }

    @Test
    void keysHaveTheFixedShape() {
        assertEquals("p000000000000000010.500000", key("10.5"));
        assertEquals("p000000000000000000.000000", key("0"));
        assertEquals("p000000000000000000.000000", key("-0.0000001"), "rounds toward zero, keeps zero's key");
        assertEquals("n999999999999999989.499999", key("-10.5"));
        assertEquals(key("1e30"), key("999999999999999999.999999"), "beyond 18 digits: the extreme key");
    }

    @Test
    void stringOrderIsNumericOrder() {
        Random random = new Random(5);
        List<BigDecimal> values = IntStream.range(0, 2000)
                .mapToObj(i -> BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(8)))
                .toList();
        List<BigDecimal> byValue = values.stream().sorted().toList();
        List<BigDecimal> byKey = values.stream()
                .sorted(Comparator.comparing(PaperGraphWriter::rankKey).thenComparing(Comparator.naturalOrder())).toList();
        for (int i = 0; i < byValue.size(); i++) {
            BigDecimal a = byValue.get(i).setScale(6, java.math.RoundingMode.DOWN);
            BigDecimal b = byKey.get(i).setScale(6, java.math.RoundingMode.DOWN);
            assertEquals(0, a.compareTo(b), "position " + i + ": " + byValue.get(i) + " vs " + byKey.get(i));
        }
        assertTrue(key("-3").compareTo(key("-2.5")) < 0);
        assertTrue(key("-0.5").compareTo(key("0")) < 0);
        assertTrue(key("9.99").compareTo(key("10")) < 0);
    }
}
