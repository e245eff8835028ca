package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import org.claimgraph.ingest.IngestException;
import org.claimgraph.ingest.InputFormat;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph demo}: the bundled abstracts loaded and served in one step. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Build the graph from the bundled abstracts (data/daily-papers-jul-28.txt) into ./claimgraph-db "
                + "and serve it at http://127.0.0.1:3030 with the Fuseki UI.")
final class DemoCommand implements Callable<Integer> {
    static final String BUNDLED = "data/daily-papers-jul-28.txt";

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "claimgraph-db", description = "TDB2 folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--input", paramLabel = "FILE", description = "Abstracts to load (default: the bundled " + BUNDLED + ").")
    Path inputFile;

    @Option(names = "--no-serve", description = "Build the graph and exit without serving it.")
    boolean noServe;

    @Mixin
    ServeOptions serve;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        InputOptions input = new InputOptions();
        input.inputs = List.of(bundledInput().toString());
        input.format = InputFormat.AUTO;
        ClaimGraph graph = Pipelines.claimGraph(null);
        Pipelines.load(graph, input, db, spec.commandLine().getErr());
        if (noServe) {
            return ExitCodes.OK;
        }
        Serving.serveUntilStopped(ClaimStore.openTdb2(db), serve, spec.commandLine().getOut(), true);
        return ExitCodes.OK;
    }

    /** The bundled file, found next to the launcher when run from elsewhere. */
    private Path bundledInput() {
        if (inputFile != null) {
            return inputFile;
        }
        Path here = Path.of(BUNDLED);
        if (Files.isRegularFile(here)) {
            return here;
        }
        String home = System.getenv("CLAIMGRAPH_HOME");
        if (home != null && Files.isRegularFile(Path.of(home, BUNDLED))) {
            return Path.of(home, BUNDLED);
        }
        throw new IngestException("cannot find the bundled abstracts " + BUNDLED
                + ": run from the claimgraph folder, or pass --input FILE");
    }
}
