package org.claimgraph.store;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Opens a store in a separate JVM and holds it until standard input closes: another process for lock tests. */
public final class HoldStore {
    private HoldStore() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (ClaimStore store = ClaimStore.openTdb2(Path.of(args[0]))) {
            out.println("open " + store);
            while (System.in.read() != -1) {
                continue;
            }
        }
    }
}
