package org.claimgraph.eval;

import java.util.List;

/**
 * How strictly a predicted result must agree with a gold result. Every level needs the value
 * within tolerance and the same kind; the levels differ in which text fields must match too.
 */
public enum MatchLevel {
    /** Value and kind only. */
    VALUE("value", List.of()),
    /** Value, kind and benchmark. */
    ANCHORED("anchored", List.of(ResultField.BENCHMARK)),
    /** Value, kind, benchmark, metric, method and baseline. */
    FULL("full", List.of(ResultField.BENCHMARK, ResultField.METRIC, ResultField.METHOD, ResultField.BASELINE));

    /** The text fields of a result that levels compare. */
    enum ResultField {
        BENCHMARK, METRIC, METHOD, BASELINE
    }

    private final String label;
    private final List<ResultField> fields;

    MatchLevel(String label, List<ResultField> fields) {
        this.label = label;
        this.fields = fields;
    }

    /** The level's name in score.py output. */
    public String label() {
        return label;
    }

    List<ResultField> fields() {
        return fields;
    }
}
