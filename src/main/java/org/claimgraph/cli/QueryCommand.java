package org.claimgraph.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimgraph.infer.Entailment;
import org.claimgraph.infer.InferenceDatasets;
import org.claimgraph.query.CannedQuery;
import org.claimgraph.query.OutputFormat;
import org.claimgraph.query.QueryService;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph query}: a canned or own SPARQL query against a store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a canned query (a name from queries/, e.g. leaderboard) or a .rq file against a store.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq",
            description = "Canned query name (${COMPLETION-CANDIDATES}) or a path to a .rq file.",
            completionCandidates = QueryNames.class)
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
            description = "Query parameter, e.g. benchmark=GSM8K (matched by normalised name or alias).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), csv, tsv, json.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--infer", paramLabel = "ENTAILMENT", defaultValue = "none",
            description = "${COMPLETION-CANDIDATES}; rdfs also matches ML-Schema, schema.org, FaBiO, PROV-O, DCMI Terms, ORKG "
                    + "and Linked Papers With Code terms through ontology/alignments.ttl (default: ${DEFAULT-VALUE}).")
    Entailment infer;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "At most N rows, e.g. 10 for a top-10 leaderboard (default: all).")
    long limit;

    @Override
    public Integer call() throws Exception {
        CannedQuery canned = CannedQuery.load(query);
        OutputFormat out = OutputFormat.fromName(format);
        Stores.requireExisting(db.db);
        try (ClaimStore store = ClaimStore.openTdb2(db.db)) {
            try (OutputStream sink = Pipelines.open(output)) {
                QueryService.create().run(InferenceDatasets.view(store.dataset(), infer), canned, params, out, sink,
                        Duration.ofMillis(Math.round(timeoutSeconds * 1000)), limit);
            }
        }
        return ExitCodes.OK;
    }

    /** The canned query names, for help and completion. */
    static final class QueryNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return CannedQuery.available().iterator();
        }
    }
}
