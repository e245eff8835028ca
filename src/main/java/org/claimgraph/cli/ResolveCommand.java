package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.claimgraph.resolve.EntityResolver;
import org.claimgraph.resolve.Resolution;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code claimgraph resolve}: rebuilds a store's entity resolution (load does it after every load). */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Resolve the entities of a store: one canonical node per real entity across papers "
                + "(cg:canonical, skos:prefLabel, skos:altLabel), rebuilt from scratch in the graph "
                + EntityResolver.ENTITIES_GRAPH + ". 'load' runs it after every load; running it again changes nothing.")
final class ResolveCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Stores.requireExisting(db.db);
        Resolution resolution;
        try (ClaimStore store = ClaimStore.openTdb2(db.db)) {
            resolution = EntityResolver.standard().resolve(store.dataset());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("resolved " + resolution.summary());
        out.flush();
        return ExitCodes.OK;
    }
}
