package org.claimgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.bench.PageBench;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph bench-pages}: times the explorer's pages on a store. */
@Command(name = "bench-pages", mixinStandardHelpOptions = true,
        description = "Serve a store on a free loopback port and time each explorer page over HTTP "
                + "(median and p95 of --runs requests after one untimed request); prints a table and, last, one line of JSON.")
final class PageBenchCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "7", description = "Timed requests per page (default: 7).")
    int runs;

    @Option(names = "--page", paramLabel = "PATH", description = "A page to time, e.g. /explore/benchmark/gsm8k "
            + "(repeatable; default: home, two searches, the top benchmark's leaderboard, entity and graph, a paper and a method).")
    List<String> pages = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Query timeout (default: 60).")
    int timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Stores.requireExisting(db.db);
        PrintWriter out = spec.commandLine().getOut();
        try (ClaimStore store = ClaimStore.openTdb2(db.db)) {
            List<PageBench.Timing> timings = PageBench.run(store, pages, runs, Duration.ofSeconds(timeoutSeconds),
                    spec.commandLine().getErr());
            out.print(PageBench.report(timings));
            out.flush();
        }
        return ExitCodes.OK;
    }
}
