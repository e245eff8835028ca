package org.claimgraph.extract;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One quantitative claim: who achieved what number on which benchmark and metric, against what.
 * Unknown parts are null, as in CLAIMS-SCHEMA.md.
 *
 * @param value the number as written (percent sign dropped)
 * @param unit "%", "points", "x", or null
 * @param confidence estimated probability that the whole claim is right (value, kind, benchmark, metric,
 *                   method and baseline), in [0, 1]; calibration in EVALUATION.md
 */
public record Result(String method, String benchmark, String metric, BigDecimal value, String unit,
                     ResultKind kind, String baseline, BigDecimal baselineValue, Evidence evidence,
                     double confidence) {
    public Result {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence not in [0,1]: " + confidence);
        }
    }
}
