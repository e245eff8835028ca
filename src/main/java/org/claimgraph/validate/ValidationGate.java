package org.claimgraph.validate;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.claimgraph.ClaimGraph;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.ingest.Reject;
import org.claimgraph.ingest.RejectSink;
import org.claimgraph.rdf.Provenance;

/**
 * {@code claimgraph load --validate}: each paper's claims are mapped to RDF in memory and checked
 * before the store sees them; a paper that breaks a shape goes to the rejects report with its source
 * position and its first violation, and is not written. The store's transactions are untouched, and
 * a load without this gate pays nothing.
 */
public final class ValidationGate implements ClaimGraph.Gate {
    private final ClaimValidator validator;
    private final AtomicLong rejected = new AtomicLong();

    public ValidationGate(ClaimValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** Papers rejected so far by the iterators this gate made. */
    public long rejected() {
        return rejected.get();
    }

    @Override
    public Iterator<PaperClaims> filter(Iterator<PaperClaims> claims, Provenance provenance, RejectSink rejects) {
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(rejects, "rejects");
        return new Iterator<>() {
            private PaperClaims next;

            @Override
            public boolean hasNext() {
                while (next == null && claims.hasNext()) {
                    PaperClaims candidate = claims.next();
                    ValidationReport report = validator.validate(candidate, provenance);
                    if (report.conforms()) {
                        next = candidate;
                    } else {
                        rejected.incrementAndGet();
                        rejects.reject(reject(candidate, report));
                    }
                }
                return next != null;
            }

            @Override
            public PaperClaims next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                PaperClaims c = next;
                next = null;
                return c;
            }
        };
    }

    private static Reject reject(PaperClaims claims, ValidationReport report) {
        int more = report.violations().size() - 1;
        String reason = "paper " + claims.paper().id() + " does not conform to the shapes: " + report.firstViolation()
                + (more > 0 ? " (and " + more + " more)" : "");
        return new Reject(claims.paper().source(), reason, claims.paper().title());
    }
}
