package org.claimgraph;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.claimgraph.ingest.InputFormat;
import org.claimgraph.ingest.PaperReaders;
import org.claimgraph.ingest.PaperSource;
import org.claimgraph.ingest.RejectSink;
import org.claimgraph.store.Batching;
import org.claimgraph.store.ClaimStore;

/**
 * The load of {@code claimgraph load} (the facade on a TDB2 store) in a separate JVM, printing
 * "loaded N" after every paper written so a test can kill it part-way. Arguments: input, database
 * folder, papers per commit.
 */
public final class LoadInChild {
    private LoadInChild() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        ClaimGraph graph = ClaimGraph.builder().threads(2).build();
        try (ClaimStore store = ClaimStore.openTdb2(Path.of(args[1]), new Batching(Integer.parseInt(args[2]), 1_000_000));
             PaperSource source = PaperReaders.open(Path.of(args[0]), InputFormat.AUTO, RejectSink.strict())) {
            graph.load(source, RejectSink.strict(), store, (claims, n) -> out.println("loaded " + n));
        }
        out.println("done");
    }
}
