package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.ClaimGraph;
import org.claimgraph.ingest.InputFormat;
import org.claimgraph.ingest.PaperReaders;
import org.claimgraph.ingest.PaperSource;
import org.claimgraph.ingest.RejectSink;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.LoadSummary;

/**
 * A real TDB2 store in a temporary folder, filled through the real pipeline in two loads: the
 * bundled Daily Papers file, then, after {@link #between()}, two papers of a second input. So
 * {@code --since between()} must select exactly the second load.
 */
final class LoadedStore implements AutoCloseable {
    static final Path BUNDLED = Path.of("data/daily-papers-jul-28.txt");
    static final int BUNDLED_PAPERS = 33;
    static final String CPL = "cpl-critical-plan-step-learning-boosts-llm-generalization-in-reasoning-tasks";
    static final List<String> LATER = List.of("later-barnet", "later-foonet");
    private static final String LATER_JSONL = String.join("\n",
            "{\"id\": \"later-foonet\", \"title\": \"FooNet for image classification\", \"abstract\":"
                    + " \"We propose FooNet. FooNet reaches 91.2% accuracy on CIFAR-10.\"}",
            "{\"id\": \"later-barnet\", \"title\": \"BarNet\", \"abstract\": \"We introduce BarNet, which improves"
                    + " top-1 accuracy on ImageNet by 2.3% over ResNet-50.\"}",
            "");

    private final ClaimStore store;
    private final Instant between;

    private LoadedStore(ClaimStore store, Instant between) {
        this.store = store;
        this.between = between;
    }

    static LoadedStore load(Path folder) {
        ClaimGraph pipeline = ClaimGraph.builder().threads(2).build();
        ClaimStore store = ClaimStore.openTdb2(folder.resolve("db"));
        try {
            assertEquals(BUNDLED_PAPERS, load(pipeline, store, BUNDLED).papers());
            Instant between = Instant.now();
            Thread.sleep(20);
            Path later = folder.resolve("later.jsonl");
            Files.writeString(later, LATER_JSONL, StandardCharsets.UTF_8);
            assertEquals(LATER.size(), load(pipeline, store, later).papers());
            return new LoadedStore(store, between);
        } catch (IOException e) {
            store.close();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            store.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static LoadSummary load(ClaimGraph pipeline, ClaimStore store, Path input) {
        try (PaperSource source = PaperReaders.open(input, InputFormat.AUTO, RejectSink.strict())) {
            return pipeline.load(source, RejectSink.strict(), store, (claims, n) -> { });
        }
    }

    Dataset dataset() {
        return store.dataset();
    }

    /** A moment after the first load and before the second. */
    Instant between() {
        return between;
    }

    /** The quads of the named graphs of these papers, copied out of the store: what an export must hold. */
    DatasetGraph graphsOf(List<String> paperIds) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            for (String id : paperIds) {
                Node graph = NodeFactory.createURI(Iris.paper(id));
                ds.asDatasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
            }
            return copy;
        });
    }

    /** Every paper graph of the store, copied. */
    DatasetGraph everything() {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            ds.asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    @Override
    public void close() {
        store.close();
    }
}
