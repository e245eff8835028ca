package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdFilterTest {
    @Test
    void aSecondAddOfTheSameIdIsReportedAndFreshIdsAlmostNeverAre() {
        IdFilter filter = new IdFilter(20);
        int falseRepeats = 0;
        for (int i = 0; i < 50_000; i++) {
            if (!filter.add("paper-" + i)) {
                falseRepeats++;
            }
        }
        for (int i = 0; i < 50_000; i += 997) {
            assertFalse(filter.add("paper-" + i), "paper-" + i + " was added before");
        }
        assertTrue(falseRepeats < 500, "too many false repeats for 50,000 ids in 2^20 bits: " + falseRepeats);
        assertTrue(new IdFilter(6).add("ünïcode"));
    }

    @Test
    void sizeIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> new IdFilter(5));
        assertThrows(IllegalArgumentException.class, () -> new IdFilter(35));
    }
}
