package org.claimgraph.cli;

import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ClaimGraph graph = Pipelines.claimGraph(input.threads);
        Pipelines.load(graph, input, db.db, spec.commandLine().getErr());
        return ExitCodes.OK;
    }
}
