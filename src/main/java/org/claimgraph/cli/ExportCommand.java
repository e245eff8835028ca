package org.claimgraph.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.export.ExportFormat;
import org.claimgraph.export.Exporter;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph export}: a store to an RDF format or a table. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a store as RDF (ttl, nt, nq, trig, jsonld, rdfxml), claims JSON Lines or CSV.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "ttl, nt, nq, trig, jsonld, rdfxml, claims-jsonl, csv.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExportFormat fmt = ExportFormat.fromName(format);
        Stores.requireExisting(db.db);
        try (ClaimStore store = ClaimStore.openTdb2(db.db); OutputStream out = Pipelines.open(output)) {
            Exporter.export(store.dataset(), fmt, out);
        }
        if (output != null) {
            spec.commandLine().getErr().println("exported " + db.db + " as " + fmt.cliName() + " to " + output);
        }
        return ExitCodes.OK;
    }
}
