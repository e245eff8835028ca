package org.claimgraph.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.claimgraph.describe.DatasetDescriber;
import org.claimgraph.describe.DatasetStatistics;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph describe}: a VoID and DCAT description of a store, in Turtle. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Describe a store as a VoID and DCAT dataset in Turtle: triples, entities, papers, claims, "
                + "instances per class, triples per property, vocabularies used.")
final class DescribeCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Stores.requireExisting(db.db);
        DatasetDescriber describer = DatasetDescriber.voidAndDcat();
        DatasetStatistics stats;
        try (ClaimStore store = ClaimStore.openTdb2(db.db)) {
            stats = describer.statistics(store.dataset());
        }
        Graph description = describer.describe(stats);
        try (OutputStream out = Pipelines.open(output)) {
            RDFDataMgr.write(out, description, RDFFormat.TURTLE_PRETTY);
        }
        spec.commandLine().getErr().printf("described %s: %,d triples, %,d papers, %,d result claims, "
                        + "%,d proposal claims, %,d entities%s%n", db.db, stats.triples(), stats.papers(),
                stats.resultClaims(), stats.proposalClaims(), stats.namedEntities(),
                output == null ? "" : " (written to " + output + ")");
        spec.commandLine().getErr().flush();
        return ExitCodes.OK;
    }
}
