package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every canned query against a real TDB2 store loaded from the hand-written fixture. */
class CannedQueriesIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final QueryService SERVICE = QueryService.create();

    @TempDir
    static Path storeDir;
    private static Dataset ds;

    @BeforeAll
    static void loadFixture() {
        ds = TDB2Factory.connectDataset(storeDir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, "query/claims.trig"));
    }

    @AfterAll
    static void release() {
        TDBInternal.expel(ds.asDatasetGraph());
    }

    private static List<Map<String, String>> rows(String query, Map<String, String> params) {
        ResultSetRewindable rs = SERVICE.select(ds, CannedQuery.load(query), params, TIMEOUT);
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String var : rs.getResultVars()) {
                RDFNode n = s.get(var);
                row.put(var, n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<BigDecimal> values(List<Map<String, String>> rows) {
        return rows.stream().map(r -> new BigDecimal(r.get("value")).stripTrailingZeros()).toList();
    }

    private static BigDecimal dec(String s) {
        return new BigDecimal(s).stripTrailingZeros();
    }

    @Test
    void leaderboardListsCplsGainBestFirst() {
        List<Map<String, String>> rows = rows("leaderboard", Map.of("benchmark", "GSM8K"));
        assertEquals(List.of(dec("94.76"), dec("12"), dec("10.5"), dec("5")), values(rows));
        Map<String, String> cpl = rows.get(2);
        assertEquals("Critical Plan Step Learning", cpl.get("method"));
        assertEquals("%", cpl.get("unit"));
        assertEquals("improvement", cpl.get("kind"));
        assertEquals("Direct Preference Optimization", cpl.get("baseline"));
        assertEquals("2409.08642", cpl.get("paper"));
        assertTrue(cpl.get("evidence").contains("GSM8K (+10.5%)"), cpl.get("evidence"));
        Map<String, String> absolute = rows.get(0);
        assertEquals("absolute", absolute.get("kind"));
        assertEquals("accuracy", absolute.get("metric"));
        assertEquals(dec("92.50"), dec(absolute.get("baselineValue")));
        assertEquals("reduction", rows.get(1).get("kind"));
    }

    @Test
    void leaderboardLimitKeepsTheBestRowsWithTheirDetails() {
        ResultSetRewindable top = SERVICE.select(ds, CannedQuery.load("leaderboard"), Map.of("benchmark", "GSM8K"),
                TIMEOUT, 3);
        List<Map<String, String>> all = rows("leaderboard", Map.of("benchmark", "GSM8K"));
        assertEquals(3, top.size());
        int i = 0;
        while (top.hasNext()) {
            QuerySolution s = top.next();
            assertEquals(all.get(i).get("value"), s.getLiteral("value").getLexicalForm());
            assertEquals(all.get(i).get("method"), s.getLiteral("method").getLexicalForm());
            assertEquals(all.get(i).get("evidence"), s.getLiteral("evidence").getLexicalForm());
            i++;
        }
        assertEquals(2, SERVICE.select(ds, CannedQuery.load("beats-baseline"), Map.of("baseline", "DPO"), TIMEOUT, 2).size());
    }

    @Test
    void leaderboardMatchesEveryWritingOfTheBenchmark() {
        List<Map<String, String>> expected = rows("leaderboard", Map.of("benchmark", "GSM8K"));
        for (String spelling : List.of("GSM-8K", "gsm8k", "gsm 8k", "ＧＳＭ８Ｋ")) {
            assertEquals(expected, rows("leaderboard", Map.of("benchmark", spelling)), spelling);
        }
        assertEquals(List.of(dec("70.8"), dec("6.5"), dec("3.0")), values(rows("leaderboard", Map.of("benchmark", "math"))));
    }

    @Test
    void hostileValuesAreHarmlessAndMatchNothing() {
        long quads = Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count());
        for (String hostile : List.of("x\" } DROP ALL #", "GSM8K\" } UNION { ?s ?p ?o } #", "'; DROP ALL; '")) {
            assertEquals(List.of(), rows("leaderboard", Map.of("benchmark", hostile)), hostile);
            assertEquals(List.of(), rows("paper-claims", Map.of("paper", hostile)), hostile);
        }
        CannedQuery byTitle = CannedQuery.fromText("by-title", "test.rq", """
                # Papers with exactly this title.
                # @param title text the exact title
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?paper WHERE { ?paper dcterms:title ?title }
                """);
        assertEquals(0, SERVICE.select(ds, byTitle, Map.of("title", "x\" } DROP ALL #"), TIMEOUT).size());
        assertEquals(0, SERVICE.select(ds, byTitle, Map.of("title", "\" . ?paper ?p ?o } #"), TIMEOUT).size());
        assertEquals(1, SERVICE.select(ds, byTitle,
                Map.of("title", "Step-DPO: Step-wise Preference Optimization for Long-chain Reasoning of LLMs"), TIMEOUT).size());
        assertEquals(quads, Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count()));
    }

    @Test
    void beatsBaselineFindsTheBaselineByNameOrAlias() {
        List<Map<String, String>> dpo = rows("beats-baseline", Map.of("baseline", "DPO"));
        assertEquals(List.of("GSM8K|10.5|2409.08642", "MATH|6.5|2409.08642", "MATH|3|2406.18629"),
                dpo.stream().map(r -> r.get("benchmark") + "|" + dec(r.get("value")).toPlainString() + "|" + r.get("paper"))
                        .toList());
        assertEquals(Set.of("Direct Preference Optimization", "DPO"),
                Set.copyOf(dpo.stream().map(r -> r.get("baseline")).toList()));
        assertEquals("points", dpo.get(2).get("unit"));
        assertEquals(2, rows("beats-baseline", Map.of("baseline", "Direct Preference Optimization")).size());
        List<Map<String, String>> sft = rows("beats-baseline", Map.of("baseline", "SFT"));
        assertEquals(List.of("GSM-8K", "GSM-IC"), sft.stream().map(r -> r.get("benchmark")).toList());
        assertTrue(sft.stream().allMatch(r -> "Masked Thought Fine-Tuning".equals(r.get("method"))
                && "accuracy".equals(r.get("metric")) && "supervised fine-tuning".equals(r.get("baseline"))));
    }

    @Test
    void paperClaimsByIdOrTitleListProposalThenResultsInOrder() {
        List<Map<String, String>> byId = rows("paper-claims", Map.of("paper", "2409.08642"));
        assertEquals(byId, rows("paper-claims",
                Map.of("paper", "CPL: Critical Plan Step Learning Boosts LLM Generalization in Reasoning Tasks")));
        assertEquals(List.of("proposal", "result", "result", "result"), byId.stream().map(r -> r.get("claimType")).toList());
        assertEquals("Critical Plan Step Learning", byId.get(0).get("proposed"));
        assertEquals(List.of(dec("10.5"), dec("6.5"), dec("12.2")), values(byId.subList(1, 4)));
        Map<String, String> first = byId.get(1);
        assertEquals("154", first.get("start"));
        assertEquals("277", first.get("end"));
        assertEquals(0, dec("0.83").compareTo(new BigDecimal(first.get("confidence"))));
        assertTrue(first.get("claim").endsWith("/paper/2409.08642/result/1"), first.get("claim"));
        assertEquals("It also improves HumanEval (+12.2%).", byId.get(3).get("evidence"));
    }

    @Test
    void paperClaimsKeepsResultsWithoutMethodOrBenchmark() {
        List<Map<String, String>> rows = rows("paper-claims",
                Map.of("paper", "Proto-Value Networks: Scaling Representation Learning with Auxiliary Tasks"));
        assertEquals(2, rows.size());
        Map<String, String> ratio = rows.get(1);
        assertEquals("ratio", ratio.get("kind"));
        assertEquals("x", ratio.get("unit"));
        assertEquals(null, ratio.get("method"));
        assertEquals(null, ratio.get("benchmark"));
        assertEquals("proto-value-networks-scaling-representation-learning-with-auxiliary-tasks", ratio.get("paper"));
    }

    @Test
    void topBenchmarksCountsDistinctPapers() {
        List<Map<String, String>> rows = rows("top-benchmarks", Map.of());
        assertEquals(5, rows.size());
        assertEquals("3", rows.get(0).get("papers"));
        assertTrue(Set.of("GSM8K", "GSM-8K").contains(rows.get(0).get("benchmark")), rows.get(0).toString());
        assertEquals("MATH", rows.get(1).get("benchmark"));
        assertEquals("2", rows.get(1).get("papers"));
        assertEquals(List.of("Arcade Learning Environment", "GSM-IC", "HumanEval"),
                rows.subList(2, 5).stream().map(r -> r.get("benchmark")).toList());
    }

    @Test
    void methodsForTaskListsProposedMethodsWithTheirBenchmarks() {
        List<Map<String, String>> rows = rows("methods-for-task", Map.of("task", "Mathematical Reasoning"));
        assertEquals(Set.of("Critical Plan Step Learning", "Masked Thought Fine-Tuning", "Step-DPO"),
                new TreeSet<>(rows.stream().map(r -> r.get("method")).toList()));
        assertEquals(List.of("GSM-8K", "HumanEval", "MATH"), rows.stream()
                .filter(r -> r.get("method").equals("Critical Plan Step Learning")).map(r -> r.get("benchmark")).toList());
        assertEquals(Set.of("Critical Plan Step Learning=Method", "Masked Thought Fine-Tuning=Model", "Step-DPO=Method"),
                Set.copyOf(rows.stream().map(r -> r.get("method") + "=" + r.get("type")).toList()));
        List<Map<String, String>> pvn = rows("methods-for-task", Map.of("task", "representation-learning"));
        assertEquals(1, pvn.size());
        assertEquals("proto-value networks", pvn.get(0).get("method"));
        assertEquals("Arcade Learning Environment", pvn.get(0).get("benchmark"));
    }

    @Test
    void cooccurrenceCountsPairsOnce() {
        List<Map<String, String>> rows = rows("benchmark-cooccurrence", Map.of());
        assertEquals(4, rows.size());
        Map<String, String> top = rows.get(0);
        assertEquals(Set.of("GSM-8K", "MATH"), Set.of(top.get("benchmark1"), top.get("benchmark2")));
        assertEquals("2", top.get("papers"));
        assertTrue(rows.subList(1, 4).stream().allMatch(r -> r.get("papers").equals("1")));
    }

    @Test
    void runWritesEveryOutputFormat() throws IOException {
        CannedQuery leaderboard = CannedQuery.load("leaderboard");
        Map<String, String> params = Map.of("benchmark", "GSM-8K");

        String csv = run(leaderboard, params, OutputFormat.CSV);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv))) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(List.of("method", "value", "unit", "metric", "kind", "baseline", "baselineValue", "paper",
                    "evidence"), parser.getHeaderNames());
            assertEquals(4, records.size());
            assertEquals("Critical Plan Step Learning", records.get(2).get("method"));
            assertEquals(dec("10.5"), dec(records.get(2).get("value")));
        }

        JsonNode json = new ObjectMapper().readTree(run(leaderboard, params, OutputFormat.JSON));
        assertEquals(4, json.at("/results/bindings").size());
        assertEquals("2409.08642", json.at("/results/bindings/2/paper/value").asText());

        String tsv = run(leaderboard, params, OutputFormat.TSV);
        assertTrue(tsv.startsWith("?method\t?value"), tsv);
        assertEquals(5, tsv.lines().count());

        String table = run(leaderboard, params, OutputFormat.TABLE);
        assertTrue(table.lines().anyMatch(l -> l.contains("\"Critical Plan Step Learning\"") && l.contains("10.5")), table);
    }

    @Test
    void expensiveQueryIsCancelledWithAClearError() {
        CannedQuery expensive = CannedQuery.fromText("cross-product", "test.rq",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        QueryException e = assertThrows(QueryException.class,
                () -> SERVICE.run(ds, expensive, Map.of(), OutputFormat.CSV, new ByteArrayOutputStream(), Duration.ofMillis(5)));
        assertTrue(e.getMessage().contains("'cross-product' did not finish within 5 ms"), e.getMessage());
    }

    @Test
    void askIsAnsweredAndConstructIsRefused() {
        CannedQuery ask = CannedQuery.fromText("has-benchmark", "test.rq", """
                # Is there a benchmark with this name?
                # @param benchmark key the benchmark
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                ASK { ?b a cg:Benchmark ; cg:matchKey ?benchmarkKey }
                """);
        assertTrue(run(ask, Map.of("benchmark", "GSM-8K"), OutputFormat.JSON).contains("\"boolean\" : true"));
        assertTrue(run(ask, Map.of("benchmark", "ImageNet"), OutputFormat.JSON).contains("\"boolean\" : false"));
        CannedQuery construct = CannedQuery.fromText("everything", "test.rq", "CONSTRUCT WHERE { ?s ?p ?o }");
        QueryException e = assertThrows(QueryException.class, () -> run(construct, Map.of(), OutputFormat.CSV));
        assertTrue(e.getMessage().contains("not a SELECT or ASK"), e.getMessage());
    }

    @Test
    void nonPositiveTimeoutIsRefused() {
        assertThrows(QueryException.class, () -> SERVICE.select(ds, CannedQuery.load("top-benchmarks"), Map.of(),
                Duration.ZERO));
    }

    private static String run(CannedQuery q, Map<String, String> params, OutputFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SERVICE.run(ds, q, params, format, out, TIMEOUT);
        return out.toString(StandardCharsets.UTF_8);
    }
}
