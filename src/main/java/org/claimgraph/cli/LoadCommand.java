package org.claimgraph.cli;

import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import org.claimgraph.validate.ClaimValidator;
import org.claimgraph.validate.ValidationGate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph load}: abstracts into a TDB2 store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extract claims from abstracts and load them into a TDB2 store "
                + "(re-loading a paper replaces its graph).")
final class LoadCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    DbOption db;

    @Option(names = "--validate", description = "Check each paper's graph against the SHACL shapes (ontology/shapes.ttl) "
            + "before storing it; a paper that does not conform goes to the rejects report instead.")
    boolean validate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ClaimGraph graph = Pipelines.claimGraph(input.threads);
        ClaimGraph.Gate gate = validate ? new ValidationGate(ClaimValidator.shacl()) : ClaimGraph.Gate.OPEN;
        Pipelines.load(graph, input, db.db, spec.commandLine().getErr(), gate);
        return ExitCodes.OK;
    }
}
