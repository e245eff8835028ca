package org.claimgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph generate}: a synthetic corpus for scale tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write N synthetic abstracts as JSON Lines (names and sentence shapes seen in real arXiv "
                + "abstracts, recombined); the same seed gives the same file.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--papers", paramLabel = "N", required = true, description = "Abstracts to write.")
    long papers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: 1).")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (papers < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--papers must be >= 0: " + papers);
        }
        try (OutputStream out = Pipelines.open(output)) {
            CorpusGenerator.standard().write(papers, seed, out);
        }
        spec.commandLine().getErr().printf("generated %,d abstracts (seed %d)%s%n", papers, seed,
                output == null ? "" : " into " + output);
        return ExitCodes.OK;
    }
}
