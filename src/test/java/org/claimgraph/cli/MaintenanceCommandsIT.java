package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.ClaimGraph;
import org.claimgraph.ingest.InputFormat;
import org.claimgraph.ingest.PaperReaders;
import org.claimgraph.ingest.PaperSource;
import org.claimgraph.ingest.RejectSink;
import org.claimgraph.store.Batching;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} and {@code compact} run in-process on a real TDB2 store. */
class MaintenanceCommandsIT {
    private static final Pattern COMPACTED = Pattern.compile("compacted .*: ([0-9.]+) MB -> ([0-9.]+) MB in ");

    @TempDir
    Path tmp;

    @Test
    void generateIsRepeatableAndCompactShrinksAStoreThatReloadsLeftBehind() throws Exception {
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        CliRun gen = CliRun.of("generate", "--papers", "40", "--seed", "9", "-o", a.toString());
        assertEquals(0, gen.exit(), gen.err());
        assertTrue(gen.err().contains("generated 40 abstracts"), gen.err());
        assertEquals(0, CliRun.of("generate", "--papers", "40", "--seed", "9", "-o", b.toString()).exit());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertEquals(40, Files.readAllLines(a).size());

        Path db = tmp.resolve("db");
        String rejects = tmp.resolve("rejects.jsonl").toString();
        CliRun load = CliRun.of("load", a.toString(), "--db", db.toString(),
                "--threads", "2", "--rejects", rejects);
        assertEquals(0, load.exit(), load.err());
        reloadOnePaperPerCommit(db, a);
        CliRun compact = CliRun.of("compact", "--db", db.toString());
        assertEquals(0, compact.exit(), compact.err());
        Matcher m = COMPACTED.matcher(compact.out());
        assertTrue(m.find(), compact.out());
        assertTrue(Double.parseDouble(m.group(2)) < Double.parseDouble(m.group(1)), compact.out());
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            assertEquals(40L + 1, (long) Txn.calculateRead(dsg,
                    () -> org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes())), "40 papers and the entities graph");
        }
    }

    /** Small commits leave old B+tree blocks behind, which is what compaction reclaims. */
    private static void reloadOnePaperPerCommit(Path db, Path input) {
        ClaimGraph graph = ClaimGraph.builder().threads(2).build();
        for (int i = 0; i < 3; i++) {
            try (ClaimStore store = ClaimStore.openTdb2(db, new Batching(1, 1_000_000));
                 PaperSource source = PaperReaders.open(input, InputFormat.AUTO, RejectSink.strict())) {
                graph.load(source, RejectSink.strict(), store, (c, n) -> { });
            }
        }
    }

    @Test
    void compactNamesAMissingStoreAndGenerateRefusesANegativeCount() {
        CliRun compact = CliRun.of("compact", "--db", tmp.resolve("nothing").toString());
        assertEquals(ExitCodes.STORE, compact.exit());
        assertTrue(compact.err().contains("nothing"), compact.err());
        assertEquals(ExitCodes.USAGE, CliRun.of("generate", "--papers", "-1").exit());
    }
}
