package org.claimgraph.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code claimgraph compact}: reclaims the space that incremental loads leave in a TDB2 store. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Rewrite a TDB2 store into a fresh generation and delete the old one; prints the size before and after.")
final class CompactCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Stores.requireExisting(db.db);
        try (ClaimStore store = ClaimStore.openTdb2(db.db)) {
            long before = store.diskBytes();
            long start = System.nanoTime();
            store.compact();
            long after = store.diskBytes();
            spec.commandLine().getOut().printf(Locale.ROOT, "compacted %s: %s -> %s in %.1f s%n", db.db,
                    megabytes(before), megabytes(after), (System.nanoTime() - start) / 1e9);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
