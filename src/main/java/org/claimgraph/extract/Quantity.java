package org.claimgraph.extract;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number in a sentence that may state a result, before it is linked to anything.
 * Offsets are into the (cleaned) sentence text.
 *
 * @param sign '+', '-' or '±' when written before the number, else 0
 * @param baselineValue the A of "from A to B", else null
 */
record Quantity(BigDecimal value, String unit, char sign, BigDecimal baselineValue, int start, int end) {
    Quantity {
        Objects.requireNonNull(value, "value");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quantity span [" + start + "," + end + ")");
        }
    }

    boolean isRatio() {
        return "x".equals(unit);
    }

    boolean isFromTo() {
        return baselineValue != null;
    }
}
