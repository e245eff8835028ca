package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.claimgraph.link.WikidataFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph link}, in-process, against a real Fuseki serving the Wikidata-shaped fixture. */
class LinkCommandIT {
    @TempDir
    static Path work;
    static Path db;
    static WikidataFixture wikidata;

    @BeforeAll
    static void start() {
        db = work.resolve("db");
        WikidataFixture.writeStore(db);
        wikidata = new WikidataFixture();
    }

    @AfterAll
    static void stop() {
        wikidata.close();
    }

    @Test
    void linksPrintsEachLinkAndASummaryAndTheCacheMakesTheSecondRunOffline() {
        String cache = work.resolve("wd-cache.jsonl").toString();
        int before = wikidata.requests();
        CliRun first = CliRun.of("link", "--db", db.toString(), "--target", wikidata.endpoint().toString(), "--cache", cache);
        assertEquals(ExitCodes.OK, first.exit(), first.err());
        assertTrue(first.out().contains("https://w3id.org/claimgraph/id/dataset/gsm8k\tskos:exactMatch\t"
                + "http://www.wikidata.org/entity/Q90001\t1.000\tlabel \"GSM8K\""), first.out());
        assertTrue(first.out().contains("entities looked up: 6 (0 from the cache, 6 HTTP requests)"), first.out());
        assertTrue(first.out().contains("links: 1 skos:exactMatch, 4 skos:closeMatch, 0 owl:sameAs"), first.out());
        assertTrue(first.out().contains("entities linked: 4 (dataset 3/3, method 1/2, metric 0/1, task 0/0)"), first.out());
        assertEquals(before + 6, wikidata.requests());

        CliRun second = CliRun.of("link", "--db", db.toString(), "--target", wikidata.endpoint().toString(), "--cache", cache);
        assertEquals(ExitCodes.OK, second.exit(), second.err());
        assertTrue(second.out().contains("entities looked up: 6 (6 from the cache, 0 HTTP requests)"), second.out());
        assertEquals(before + 6, wikidata.requests(), "no request reached the server");

        Path csv = work.resolve("exact.csv");
        CliRun query = CliRun.of("query", "--db", db.toString(), "--format", "csv", "-o", csv.toString(),
                writeQuery("SELECT ?item WHERE { <https://w3id.org/claimgraph/id/dataset/gsm8k> "
                        + "<http://www.w3.org/2004/02/skos/core#exactMatch> ?item }"));
        assertEquals(ExitCodes.OK, query.exit(), query.err());
        String rows = read(csv);
        assertTrue(rows.contains("http://www.wikidata.org/entity/Q90001"), "links are in the union graph: " + rows);
    }

    @Test
    void typesAndLimitOptions() {
        CliRun r = CliRun.of("link", "--db", db.toString(), "--target", wikidata.endpoint().toString(),
                "--types", "method", "--limit", "1");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("entities looked up: 1 "), r.out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, CliRun.of("link", "--db", db.toString(), "--target", "wikipedia").exit());
        assertEquals(ExitCodes.USAGE, CliRun.of("link", "--db", db.toString(), "--target", "wikidata", "--types", "paper").exit());
        assertEquals(ExitCodes.USAGE, CliRun.of("link", "--db", db.toString(), "--target", "wikidata",
                "--exact-threshold", "0.3", "--close-threshold", "0.6").exit());
    }

    @Test
    void anEndpointThatIsDownFailsWithItsAddress() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + port + "/sparql";
        CliRun r = CliRun.of("link", "--db", db.toString(), "--target", endpoint);
        assertEquals(ExitCodes.QUERY, r.exit(), r.err());
        assertTrue(r.err().contains(endpoint) && r.err().contains("failed 3 times"), r.err());
    }

    private static String read(Path f) {
        try {
            return java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String writeQuery(String text) {
        try {
            Path f = work.resolve("exact.rq");
            java.nio.file.Files.writeString(f, text, java.nio.charset.StandardCharsets.UTF_8);
            return f.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
