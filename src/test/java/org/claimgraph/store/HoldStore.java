package org.claimgraph.store;

import java.io.IOException;
import java.nio.file.Path;

/** Opens a store in a separate JVM and holds it until standard input closes: another process for lock tests. */
public final class HoldStore {
    private HoldStore() {
    }

    public static void main(String[] args) throws IOException {
        try (ClaimStore store = ClaimStore.openTdb2(Path.of(args[0]))) {
            System.out.println("open " + store);
            System.out.flush();
            while (System.in.read() != -1) {
                continue;
            }
        }
    }
}
