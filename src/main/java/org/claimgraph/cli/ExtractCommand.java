package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph extract}: abstracts to claims JSON or RDF, without a store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract claims from abstracts and write them as claims JSON Lines or RDF (no store).")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "claims-jsonl",
            description = "claims-jsonl (default), ttl, nt, nq, trig, jsonld, rdfxml.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ClaimGraph graph = Pipelines.claimGraph(input.threads);
        String summary = Pipelines.extract(graph, input, format, output, spec.commandLine().getErr());
        spec.commandLine().getErr().println(summary);
        return ExitCodes.OK;
    }
}
