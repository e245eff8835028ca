package org.claimgraph.validate;

import java.util.List;
import java.util.Objects;
import org.apache.jena.riot.system.PrefixMap;
import org.claimgraph.rdf.ClaimsRdfMapper;

/**
 * What a validation found: how much was checked and every rule broken, in the order SHACL reported them.
 *
 * @param papers papers ({@code cg:Paper} nodes) checked
 * @param claims result and proposal claims checked
 * @param violations the broken rules; empty when the data conforms
 */
public record ValidationReport(long papers, long claims, List<Violation> violations) {
    public ValidationReport {
        if (papers < 0 || claims < 0) {
            throw new IllegalArgumentException("negative count: " + papers + " papers, " + claims + " claims");
        }
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
    }

    /** Whether nothing was broken. */
    public boolean conforms() {
        return violations.isEmpty();
    }

    /** {@code conforms: N papers, M claims checked}, or how many rules were broken. */
    public String summary() {
        if (conforms()) {
            return String.format("conforms: %,d papers, %,d claims checked", papers, claims);
        }
        return String.format("does not conform: %,d violation%s in %,d papers, %,d claims checked",
                violations.size(), violations.size() == 1 ? "" : "s", papers, claims);
    }

    /** Each violation as one line, IRIs shortened with the model's prefixes. */
    public List<String> lines() {
        PrefixMap prefixes = ClaimsRdfMapper.prefixes();
        return violations.stream().map(v -> v.format(prefixes)).toList();
    }

    /** The first violation as one line, or null when the data conforms. */
    public String firstViolation() {
        return conforms() ? null : violations.get(0).format(ClaimsRdfMapper.prefixes());
    }

    @Override
    public String toString() {
        return conforms() ? summary() : summary() + System.lineSeparator()
                + String.join(System.lineSeparator(), lines());
    }
}
