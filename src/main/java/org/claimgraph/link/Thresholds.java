package org.claimgraph.link;

/**
 * The scores a candidate needs for each relation. {@code owl:sameAs} claims that every statement about
 * one node holds for the other, which a label lookup cannot show, so it is off unless asked for.
 *
 * @param exact at least this for {@code skos:exactMatch} (only the single best candidate)
 * @param close at least this for {@code skos:closeMatch}
 * @param sameAs at least this for {@code owl:sameAs} instead of exactMatch; above 1 means never
 */
public record Thresholds(double exact, double close, double sameAs) {
    /** exactMatch at 0.9, closeMatch at 0.5, no sameAs. */
    public static final Thresholds DEFAULT = new Thresholds(0.9, 0.5, Double.POSITIVE_INFINITY);

    public Thresholds {
        if (!(close > 0 && close <= exact && exact <= 1) || Double.isNaN(sameAs) || sameAs < exact) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < close <= exact <= 1 and sameAs >= exact;"
                    + " got close=" + close + ", exact=" + exact + ", sameAs=" + sameAs);
        }
    }
}
