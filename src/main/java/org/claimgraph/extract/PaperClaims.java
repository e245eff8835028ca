package org.claimgraph.extract;

import java.util.List;
import java.util.Objects;
import org.claimgraph.ingest.Paper;

/** Everything extracted from one paper: the unit that flows from extraction to RDF and to claims JSON. */
public record PaperClaims(Paper paper, List<Entity> proposes, List<Entity> tasks, List<Entity> benchmarks,
                          List<Entity> metrics, List<Result> results) {
    public PaperClaims {
        Objects.requireNonNull(paper, "paper");
        proposes = List.copyOf(proposes);
        tasks = List.copyOf(tasks);
        benchmarks = List.copyOf(benchmarks);
        metrics = List.copyOf(metrics);
        results = List.copyOf(results);
    }
}
