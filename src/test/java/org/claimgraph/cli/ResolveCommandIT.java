package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph resolve} and the resolution {@code load} runs, in-process on real TDB2 stores. */
class ResolveCommandIT {
    @TempDir
    Path tmp;

    @Test
    void loadResolvesAndResolveAgainReportsTheSameEntities() throws IOException {
        Path db = tmp.resolve("db");
        CliRun load = CliRun.of("load", "data/daily-papers-jul-28.txt", "src/test/resources/resolve/stepgeo.jsonl",
                "--db", db.toString(), "--rejects", tmp.resolve("r.jsonl").toString());
        assertEquals(ExitCodes.OK, load.exit(), load.err());
        assertTrue(load.err().contains("resolved 97 entity nodes -> 96 entities (1 nodes merged into 1 groups"), load.err());

        CliRun resolve = CliRun.of("resolve", "--db", db.toString());
        assertEquals(ExitCodes.OK, resolve.exit(), resolve.err());
        assertTrue(resolve.out().startsWith("resolved 97 entity nodes -> 96 entities"), resolve.out());

        Path csv = tmp.resolve("merged.csv");
        CliRun merged = CliRun.of("query", "--db", db.toString(), "merged-entities", "--format", "csv", "-o", csv.toString());
        assertEquals(ExitCodes.OK, merged.exit(), merged.err());
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(1).contains("Group Contrastive Policy Optimization|GCPO"), rows.toString());
    }

    @Test
    void missingStoreIsAStoreErrorAndNothingIsCreated() {
        Path absent = tmp.resolve("absent");
        CliRun resolve = CliRun.of("resolve", "--db", absent.toString());
        assertEquals(ExitCodes.STORE, resolve.exit());
        assertTrue(resolve.err().contains(absent.toString()), resolve.err());
        assertFalse(Files.exists(absent));
        assertEquals(ExitCodes.USAGE, CliRun.of("resolve").exit());
    }
}
