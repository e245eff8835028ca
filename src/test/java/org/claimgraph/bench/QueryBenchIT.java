package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leaderboard bench on a real TDB2 store holding the query fixture: correctness only, no timing targets. */
class QueryBenchIT {
    @TempDir
    static Path storeDir;
    private static ClaimStore store;
    private static Dataset ds;

    @BeforeAll
    static void loadFixture() {
        store = ClaimStore.openTdb2(storeDir);
        ds = store.dataset();
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, "query/claims.trig"));
    }

    @AfterAll
    static void release() {
        store.close();
    }

    @Test
    void picksTheBenchmarksWithTheMostResultsFirst() {
        assertEquals(List.of("gsm8k", "math", "gsmic", "humaneval"), QueryBench.busiestBenchmarks(ds, 10));
        assertEquals(List.of("gsm8k"), QueryBench.busiestBenchmarks(ds, 1));
    }

    @Test
    void answersEveryLeaderboardInProcessAndOverHttpWithoutErrors() throws Exception {
        StringWriter log = new StringWriter();
        QueryBenchReport report = QueryBench.run(ds, new QueryBenchSettings(100, 2, 3, 1.0, 2), new PrintWriter(log));
        assertEquals(4, report.papers());
        assertEquals(4, report.benchmarks());
        assertEquals(4, report.firstPass().count());
        assertEquals(8, report.inProcess().count());
        assertEquals(8, report.inProcessCpu().count());
        assertTrue(report.httpCpuMsPerQuery() > 0);
        assertEquals(0, report.emptyAnswers());
        assertEquals(0, report.httpErrors());
        assertTrue(report.httpOk() > 0, "the HTTP clients got answers");
        assertEquals(report.httpOk(), report.http().count());
        assertTrue(report.httpQueriesPerSecond() > 0);
        assertTrue(log.toString().contains("4 papers, 4 benchmarks, top 2"), log.toString());

        String[] lines = report.table().split("\n");
        assertTrue(lines[0].startsWith("leaderboard top-2"), lines[0]);
        assertTrue(lines[4].startsWith("http, 3 clients"), lines[4]);
        JsonNode json = new ObjectMapper().readTree(report.json());
        for (String key : List.of("leaderboard_p50_ms", "leaderboard_p99_ms", "http_leaderboard_qps",
                "http_leaderboard_p50_ms", "http_leaderboard_p99_ms", "http_errors", "leaderboard_cpu_p50_ms",
                "http_cpu_ms_per_query")) {
            assertTrue(json.has(key), key + " in " + json);
        }
        assertEquals(0, json.get("http_errors").asLong());
        assertEquals(report.httpOk(), json.get("http_leaderboard_queries").asLong());
    }
}
