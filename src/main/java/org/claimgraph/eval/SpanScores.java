package org.claimgraph.eval;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact-span NER scores: a predicted name counts only when its start, end and label all equal a
 * gold name's (the standard of the SciERC and TDMSci papers). Per label and micro-averaged over all
 * labels.
 */
public record SpanScores(Map<String, PrecisionRecall> byLabel) {
    public SpanScores {
        byLabel = Map.copyOf(byLabel);
    }

    public PrecisionRecall overall() {
        return byLabel.values().stream().reduce(PrecisionRecall.ZERO, PrecisionRecall::plus);
    }

    /** Labels in alphabetical order, then the micro average. */
    public String toTable() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-22s %7s %7s %7s %6s %6s %6s%n",
                "type", "P", "R", "F1", "TP", "FP", "FN"));
        new TreeMap<>(byLabel).forEach((label, pr) -> row(sb, label, pr));
        row(sb, "overall (micro)", overall());
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, PrecisionRecall pr) {
        sb.append(String.format(Locale.ROOT, "%-22s %7.3f %7.3f %7.3f %6d %6d %6d%n",
                label, pr.p(), pr.r(), pr.f1(), pr.tp(), pr.fp(), pr.fn()));
    }
}
