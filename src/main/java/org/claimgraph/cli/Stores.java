package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.store.StoreException;

/** Checks on {@code --db} folders that commands other than {@code load} need. */
final class Stores {
    private Stores() {
    }

    /** Reading commands must not silently create an empty database where the user mistyped a path. */
    static void requireExisting(Path db) {
        if (!Files.isDirectory(db)) {
            throw new StoreException("no database at " + db + ": create one with 'claimgraph load INPUT --db " + db + "'");
        }
    }
}
