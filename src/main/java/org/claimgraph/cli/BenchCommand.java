package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.bench.Bench;
import org.claimgraph.bench.BenchReport;
import org.claimgraph.bench.BenchSettings;
import org.claimgraph.bench.QueryBench;
import org.claimgraph.bench.QueryBenchReport;
import org.claimgraph.bench.QueryBenchSettings;
import org.claimgraph.ingest.IngestException;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimgraph bench}: times the pipeline's stages on one input, or the leaderboard query on a store. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time OpenNLP tagging, extraction, extraction+load and the bulk loaders on one input (--input), "
                + "or the leaderboard query on a loaded store, in process and over HTTP (--queries --db DIR); "
                + "prints a table and, last, one line of JSON.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "FILE", description = "Abstracts (any input format).")
    Path input;

    @Option(names = "--queries", description = "Time the leaderboard query on the store --db instead.")
    boolean queries;

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database folder (with --queries).")
    Path db;

    @Option(names = "--benchmarks", paramLabel = "N", defaultValue = "100",
            description = "With --queries: query the N benchmarks with the most results (default: ${DEFAULT-VALUE}).")
    int benchmarks;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "With --queries: measured passes over the benchmarks after a warm-up pass (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "8",
            description = "With --queries: concurrent HTTP clients, 0 for none (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "20",
            description = "With --queries: how long the HTTP clients run (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "With --queries: rows per leaderboard (default: ${DEFAULT-VALUE}).")
    int top;

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
        if (queries) {
            return queries();
        }
        if (input == null) {
            throw new ParameterException(spec.commandLine(), "give --input FILE, or --queries --db DIR");
        }
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

    private Integer queries() {
        if (db == null) {
            throw new ParameterException(spec.commandLine(), "--queries needs --db DIR");
        }
        QueryBenchSettings settings;
        try {
            settings = new QueryBenchSettings(benchmarks, rounds, clients, seconds, top);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Stores.requireExisting(db);
        PrintWriter out = spec.commandLine().getOut();
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            QueryBenchReport report = QueryBench.run(store.dataset(), settings, spec.commandLine().getErr());
            out.print(report.table());
            out.println(report.json());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
