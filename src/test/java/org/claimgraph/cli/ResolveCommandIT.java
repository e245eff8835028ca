package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph resolve} and the resolution {@code load} runs, in-process on real TDB2 stores. */
class ResolveCommandIT {
    private static final Pattern RESOLVED = Pattern.compile(
            "resolved (\\d+) entity nodes -> (\\d+) entities \\((\\d+ nodes merged into \\d+ groups)");

    @TempDir
    Path tmp;

    @Test
    void loadResolvesAndResolveAgainReportsTheSameEntities() throws IOException {
        Path db = tmp.resolve("db");
        CliRun load = CliRun.of("load", "data/daily-papers-jul-28.txt", "src/test/resources/resolve/stepgeo.jsonl",
                "--db", db.toString(), "--rejects", tmp.resolve("r.jsonl").toString());
        assertEquals(ExitCodes.OK, load.exit(), load.err());
        // The bundled data shares no acronym across papers; the extra paper names GCPO bare: one merge.
        Matcher loaded = RESOLVED.matcher(load.err());
        assertTrue(loaded.find(), load.err());
        assertEquals(Long.parseLong(loaded.group(1)) - 1, Long.parseLong(loaded.group(2)), load.err());
        assertEquals("1 nodes merged into 1 groups", loaded.group(3), load.err());

        CliRun resolve = CliRun.of("resolve", "--db", db.toString());
        assertEquals(ExitCodes.OK, resolve.exit(), resolve.err());
        assertTrue(resolve.out().startsWith(loaded.group(0)), resolve.out());

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
