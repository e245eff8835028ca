package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code claimgraph index}: builds a store's full-text index again from the store. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Rebuild the full-text index (titles, abstracts, evidence sentences, entity labels) of a TDB2 store "
                + "from its data. Loads keep the index in step; this is for stores made before it existed or after "
                + "an interrupted build (opening such a store builds it too).")
final class IndexCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Stores.requireExisting(db.db);
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        LongConsumer progress = soFar -> {
            out.printf(Locale.ROOT, "  indexed %,d%n", soFar);
            out.flush();
        };
        long[] builtOnOpen = {-1};
        try (ClaimStore store = ClaimStore.openTdb2(db.db, soFar -> {
            builtOnOpen[0] = soFar;
            progress.accept(soFar);
        })) {
            long indexed = builtOnOpen[0] >= 0 ? builtOnOpen[0] : store.rebuildTextIndex(progress);
            out.printf(Locale.ROOT, "indexed %,d titles, abstracts, evidence sentences and labels of %s in %.1f s%n",
                    indexed, db.db, (System.nanoTime() - start) / 1e9);
            out.flush();
        }
        return ExitCodes.OK;
    }
}
