package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;

/** Settings are checked in {@code build()}, before any port is bound. */
class ClaimServerTest {
    private final Dataset dataset = DatasetFactory.createTxnMem();

    @Test
    void defaultsAreLoopbackPort3030ThirtySecondsAndReadOnly() {
        ClaimServer server = ClaimServer.builder().dataset(dataset).build();

        assertEquals("127.0.0.1", server.host());
        assertEquals(3030, server.port());
        assertEquals(Duration.ofSeconds(30), server.queryTimeout());
        assertFalse(server.updatesEnabled());
        assertEquals("http://127.0.0.1:3030/claims", server.datasetUri().toString());
    }

    @Test
    void adminPasswordEnablesUpdates() {
        assertTrue(ClaimServer.builder().dataset(dataset).adminPassword("pw").build().updatesEnabled());
    }

    @Test
    void wildcardHostIsReachedThroughLoopback() {
        ClaimServer server = ClaimServer.builder().dataset(dataset).host("0.0.0.0").port(4040).build();

        assertEquals("0.0.0.0", server.host());
        assertEquals("http://127.0.0.1:4040/", server.baseUri().toString());
    }

    @Test
    void hostThatIsNotThisMachineIsRejected() {
        ServeException e = assertThrows(ServeException.class,
                () -> ClaimServer.builder().dataset(dataset).host("192.0.2.7").build());

        assertTrue(e.getMessage().startsWith("host 192.0.2.7 (192.0.2.7) is not an address of this machine"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--host"), e.getMessage());
    }

    @Test
    void unknownHostNameIsRejected() {
        ServeException e = assertThrows(ServeException.class,
                () -> ClaimServer.builder().dataset(dataset).host("no-such-host.invalid").build());

        assertTrue(e.getMessage().startsWith("host no-such-host.invalid is unknown"), e.getMessage());
    }

    @Test
    void portOutOfRangeIsRejected() {
        ServeException e = assertThrows(ServeException.class,
                () -> ClaimServer.builder().dataset(dataset).port(70000).build());

        assertEquals("port 70000 is out of range 0-65535; choose another with --port", e.getMessage());
    }

    @Test
    void emptyAdminPasswordIsRejectedRatherThanSilentlyReadOnly() {
        ServeException e = assertThrows(ServeException.class,
                () -> ClaimServer.builder().dataset(dataset).adminPassword("  ").build());

        assertTrue(e.getMessage().startsWith("the admin password is empty"), e.getMessage());
    }

    @Test
    void nonPositiveTimeoutIsRejected() {
        assertThrows(ServeException.class,
                () -> ClaimServer.builder().dataset(dataset).queryTimeout(Duration.ZERO).build());
        assertThrows(ServeException.class,
                () -> ClaimServer.builder().dataset(dataset).queryTimeout(Duration.ofSeconds(-1)).build());
    }

    @Test
    void missingDatasetIsRejected() {
        ServeException e = assertThrows(ServeException.class, () -> ClaimServer.builder().build());

        assertTrue(e.getMessage().startsWith("no dataset to serve"), e.getMessage());
    }
}
