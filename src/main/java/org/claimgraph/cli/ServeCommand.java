package org.claimgraph.cli;

import java.util.concurrent.Callable;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code claimgraph serve}: the store over SPARQL with the Fuseki UI. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a TDB2 store with embedded Fuseki: UI at /, dataset /claims (sparql, query, get; "
                + "update and data need the admin password).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Mixin
    ServeOptions serve;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Stores.requireExisting(db.db);
        ClaimStore store = ClaimStore.openTdb2(db.db);
        Serving.serveUntilStopped(store, serve, spec.commandLine().getOut(), false);
        return ExitCodes.OK;
    }
}
