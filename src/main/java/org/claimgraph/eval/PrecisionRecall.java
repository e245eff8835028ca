package org.claimgraph.eval;

/**
 * Micro-averaged match counts and the precision, recall and F1 they give, with score.py's
 * conventions for empty denominators: precision is 1 when nothing was predicted and nothing was
 * to be found, 0 when nothing was predicted but something was to be found (recall mirrored);
 * F1 is 0 when precision + recall is 0.
 */
public record PrecisionRecall(long tp, long fp, long fn) {
    public PrecisionRecall {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    public static final PrecisionRecall ZERO = new PrecisionRecall(0, 0, 0);

    public PrecisionRecall plus(PrecisionRecall other) {
        return new PrecisionRecall(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    public double p() {
        return tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
    }

    public double r() {
        return tp + fn > 0 ? (double) tp / (tp + fn) : (fp == 0 ? 1.0 : 0.0);
    }

    public double f1() {
        double p = p();
        double r = r();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
}
