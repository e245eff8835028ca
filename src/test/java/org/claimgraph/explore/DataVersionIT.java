package org.claimgraph.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.apache.jena.system.Txn;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.rdf.ClaimsJson;
import org.claimgraph.rdf.Provenance;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data version of a real TDB2 store seen through its text index: steady between writes, new after each. */
class DataVersionIT {
    @TempDir
    Path tmp;

    @Test
    void aLoadChangesTheVersionAndReadsInBetweenAgree() {
        PaperClaims paper = ClaimsJson.read(Path.of("src/test/resources/golden/baseline-value/claims.json"));
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("db"))) {
            OptionalLong first = Txn.calculateRead(store.dataset(), () -> DataVersion.current(store.dataset()));
            OptionalLong again = Txn.calculateRead(store.dataset(), () -> DataVersion.current(store.dataset()));
            assertTrue(first.isPresent(), "a TDB2 store under the text index has a data version");
            assertEquals(first, again);
            store.load(List.of(paper).iterator(), new Provenance("claimgraph-rules", "0.1.0", Instant.parse("2026-07-28T12:00:00Z")));
            OptionalLong after = Txn.calculateRead(store.dataset(), () -> DataVersion.current(store.dataset()));
            assertNotEquals(first, after);
            assertEquals(OptionalLong.empty(), DataVersion.current(store.dataset()), "none outside a transaction");
        }
    }
}
