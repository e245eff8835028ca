package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.bench.Bench;
import org.claimgraph.bench.BenchReport;
import org.claimgraph.bench.BenchSettings;
import org.claimgraph.ingest.IngestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph bench}: times the pipeline's stages on one input. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time OpenNLP tagging, extraction, extraction+load and the bulk loaders on one input; "
                + "prints a table and, last, one line of JSON.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "FILE", required = true, description = "Abstracts (any input format).")
    Path input;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Worker threads (default: 2).")
    int threads;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + Long.MAX_VALUE, showDefaultValue =
            picocli.CommandLine.Help.Visibility.NEVER, description = "Read at most N papers (default: all).")
    long limit;

    @Option(names = "--bulk-papers", paramLabel = "N", defaultValue = "5000",
            description = "Papers whose claims the loader comparison loads (default: 5000).")
    int bulkPapers;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Folder for the temporary stores (default: a new temporary folder).")
    Path work;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(input)) {
            throw new IngestException("cannot read " + input);
        }
        Path dir = work != null ? work : Files.createTempDirectory("claimgraph-bench-");
        PrintWriter out = spec.commandLine().getOut();
        BenchReport report = Bench.run(new BenchSettings(input, threads, limit, bulkPapers, dir),
                spec.commandLine().getErr());
        if (work == null) {
            Files.deleteIfExists(dir);
        }
        out.print(report.table());
        out.println(report.json());
        out.flush();
        return ExitCodes.OK;
    }
}
