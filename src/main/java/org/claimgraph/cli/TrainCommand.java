package org.claimgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.eval.BenchmarkTraining;
import org.claimgraph.extract.NameFinderTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph train}: rebuilds the shipped name finder models from the public train splits. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the OpenNLP name finders (SciERC six types, TDMSci Task/Dataset/Metric) and write "
                + "them with MODEL-SOURCES.md (data source, licence, settings, checksums).")
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--scierc-train", paramLabel = "FILE", defaultValue = "../shared/benchmarks/scierc/train.json",
            description = "SciERC train split, processed JSON (default: ${DEFAULT-VALUE}).")
    Path scierc;

    @Option(names = "--tdmsci-train", paramLabel = "FILE",
            defaultValue = "../shared/benchmarks/tdmsci/train_1500_v2.conll",
            description = "TDMSci train split, CoNLL (default: ${DEFAULT-VALUE}).")
    Path tdmsci;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "src/main/resources/org/claimgraph/extract/models",
            description = "Folder for the model files (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--algorithm", defaultValue = "PERCEPTRON", description = "OpenNLP trainer (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--iterations", defaultValue = "100", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "0", description = "Feature count cutoff (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        BenchmarkTraining.Report r = BenchmarkTraining.train(scierc, tdmsci, out,
                new NameFinderTraining.Settings(algorithm, iterations, cutoff));
        r.models().forEach(m -> spec.commandLine().getOut().println("wrote " + m));
        spec.commandLine().getOut().println("wrote " + r.sources() + " in " + Pipelines.seconds(r.elapsed()));
        return ExitCodes.OK;
    }
}
