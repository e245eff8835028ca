package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.claimgraph.rdf.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands run in-process on the bundled data, as a user would run them, against a real TDB2
 * store in a temporary folder.
 */
class ClaimGraphCliIT {
    private static final Path BUNDLED = Path.of("data/daily-papers-jul-28.txt");
    private static final String CPL_ID = "cpl-critical-plan-step-learning-boosts-llm-generalization-in-reasoning-tasks";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static Path db;

    @TempDir
    Path tmp;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void loadBundled() {
        db = shared.resolve("db");
        CliRun load = run("load", BUNDLED.toString(), "--db", db.toString(),
                "--rejects", shared.resolve("rejects.jsonl").toString());
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.err().contains("loaded 33 papers"), load.err());
        assertTrue(load.err().contains("no rejects"), load.err());
    }

    @Test
    void leaderboardForGsm8kListsCplsImprovement() throws IOException {
        Path csv = tmp.resolve("gsm8k.csv");
        CliRun q = run("query", "--db", db.toString(), "leaderboard", "--param", "benchmark=GSM-8K",
                "--format", "csv", "-o", csv.toString());
        assertEquals(0, q.exit(), q.err());
        List<CSVRecord> rows = csv(csv);
        assertFalse(rows.isEmpty(), "no GSM8K results");
        CSVRecord cpl = rows.stream().filter(r -> r.get("paper").equals(CPL_ID)).findFirst()
                .orElseThrow(() -> new AssertionError("CPL missing from " + rows));
        assertEquals(10.5, Double.parseDouble(cpl.get("value")), 1e-9);
        assertEquals("improvement", cpl.get("kind"));
        assertTrue(cpl.get("evidence").contains("GSM8K (+10.5%)"), cpl.get("evidence"));
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(Double.parseDouble(rows.get(i - 1).get("value")) >= Double.parseDouble(rows.get(i).get("value")),
                    "leaderboard not best first");
        }
    }

    @Test
    void extractWritesOneClaimsLinePerPaperWithEvidenceOffsets() throws IOException {
        Path out = tmp.resolve("claims.jsonl");
        CliRun x = run("extract", BUNDLED.toString(), "-o", out.toString(), "--rejects", tmp.resolve("r.jsonl").toString());
        assertEquals(0, x.exit(), x.err());
        List<JsonNode> papers = jsonLines(out);
        assertEquals(33, papers.size());
        String text = Files.readString(BUNDLED, StandardCharsets.UTF_8);
        JsonNode cpl = papers.stream().filter(p -> p.get("id").asText().equals(CPL_ID)).findFirst().orElseThrow();
        boolean found = false;
        for (JsonNode r : cpl.get("results")) {
            String evidence = r.get("evidence").asText();
            assertTrue(text.contains(evidence), "evidence is not verbatim: " + evidence);
            assertTrue(r.get("evidence_end").asInt() - r.get("evidence_start").asInt() == evidence.length());
            double c = r.get("confidence").asDouble();
            assertTrue(c >= 0 && c <= 1, "confidence " + c);
            found |= r.get("value").asDouble() == 10.5 && "GSM8K".equals(r.get("benchmark").asText());
        }
        assertTrue(found, "CPL +10.5 on GSM8K not extracted: " + cpl);
    }

    @Test
    void extractAsTurtleParsesAndHoldsResultClaims() {
        Path out = tmp.resolve("claims.ttl");
        CliRun x = run("extract", BUNDLED.toString(), "--format", "ttl", "-o", out.toString(),
                "--rejects", tmp.resolve("r.jsonl").toString());
        assertEquals(0, x.exit(), x.err());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(out).lang(Lang.TURTLE).parse(m);
        assertTrue(m.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type, CG.ResultClaim).toList().size() >= 20);
        assertEquals(33, m.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type, CG.Paper).toList().size());
    }

    @Test
    void loadingTwiceChangesNothing() throws IOException {
        Path once = tmp.resolve("once.nq");
        Path twice = tmp.resolve("twice.nq");
        Path db2 = tmp.resolve("db2");
        assertEquals(0, run("load", BUNDLED.toString(), "--db", db2.toString(), "--rejects", tmp.resolve("r.jsonl").toString()).exit());
        assertEquals(0, run("export", "--db", db2.toString(), "--format", "nq", "-o", once.toString()).exit());
        assertEquals(0, run("load", BUNDLED.toString(), "--db", db2.toString(), "--rejects", tmp.resolve("r.jsonl").toString()).exit());
        assertEquals(0, run("export", "--db", db2.toString(), "--format", "nq", "-o", twice.toString()).exit());
        Dataset a = DatasetFactory.create();
        Dataset b = DatasetFactory.create();
        RDFDataMgr.read(a, once.toString());
        RDFDataMgr.read(b, twice.toString());
        // Provenance times differ between runs; everything else must be the same quads.
        assertEquals(withoutTimes(once), withoutTimes(twice));
        assertEquals(33 + 1, count(a.listNames()), "a graph per paper and the entities graph of the resolution");
        assertEquals(count(a.listNames()), count(b.listNames()));
    }

    @Test
    void exportsParseBackInEveryFormat() throws IOException {
        for (String format : List.of("ttl", "nt", "nq", "trig", "jsonld", "rdfxml")) {
            Path out = tmp.resolve("export." + format);
            CliRun e = run("export", "--db", db.toString(), "--format", format, "-o", out.toString());
            assertEquals(0, e.exit(), format + ": " + e.err());
            Dataset ds = DatasetFactory.create();
            RDFDataMgr.read(ds, out.toString(), langOf(format));
            assertTrue(ds.asDatasetGraph().stream().count() > 1000, format + " export too small");
        }
        Path csv = tmp.resolve("claims.csv");
        assertEquals(0, run("export", "--db", db.toString(), "--format", "csv", "-o", csv.toString()).exit());
        assertTrue(csv(csv).size() >= 20);
        Path claims = tmp.resolve("claims.jsonl");
        assertEquals(0, run("export", "--db", db.toString(), "--format", "claims-jsonl", "-o", claims.toString()).exit());
        assertEquals(33, jsonLines(claims).size());
    }

    @Test
    void badRecordsAreReportedWithLineAndTheRestLoads() throws IOException {
        Path input = tmp.resolve("mixed.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\": \"good-1\", \"title\": \"A good paper\", \"abstract\": \"We propose FooNet. FooNet reaches 91.2% accuracy on CIFAR-10.\"}",
                "{\"id\": \"broken\", \"title\": \"Broken",
                "{\"id\": \"no-abstract\", \"title\": \"Missing abstract\"}",
                "{\"id\": \"good-2\", \"title\": \"Another good paper\", \"abstract\": \"We introduce BarNet, which improves top-1 accuracy on ImageNet by 2.3% over ResNet-50.\"}",
                ""), StandardCharsets.UTF_8);
        Path rejects = tmp.resolve("rejects.jsonl");
        Path db3 = tmp.resolve("db3");
        CliRun load = run("load", input.toString(), "--db", db3.toString(), "--rejects", rejects.toString());
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.err().contains("loaded 2 papers"), load.err());
        assertTrue(load.err().contains("2 rejected"), load.err());
        List<JsonNode> reported = jsonLines(rejects);
        assertEquals(List.of(2, 3), reported.stream().map(r -> r.get("line").asInt()).toList());
        assertTrue(reported.stream().allMatch(r -> r.get("file").asText().endsWith("mixed.jsonl")));

        Path claims = tmp.resolve("loaded.jsonl");
        assertEquals(0, run("export", "--db", db3.toString(), "--format", "claims-jsonl", "-o", claims.toString()).exit());
        assertEquals(List.of("good-1", "good-2"), jsonLines(claims).stream().map(p -> p.get("id").asText()).sorted().toList());

        CliRun strict = run("load", input.toString(), "--db", tmp.resolve("db4").toString(), "--strict",
                "--rejects", tmp.resolve("r4.jsonl").toString());
        assertEquals(ExitCodes.INPUT, strict.exit());
        assertTrue(strict.err().contains("mixed.jsonl:2"), strict.err());
    }

    @Test
    void clearErrorsWithExitCodes() throws IOException {
        CliRun missing = run("load", tmp.resolve("nope.txt").toString(), "--db", tmp.resolve("d").toString(),
                "--rejects", tmp.resolve("r.jsonl").toString());
        assertEquals(ExitCodes.INPUT, missing.exit());
        assertTrue(missing.err().contains("nope.txt"), missing.err());

        CliRun noDb = run("query", "--db", tmp.resolve("absent").toString(), "leaderboard", "--param", "benchmark=x");
        assertEquals(ExitCodes.STORE, noDb.exit());
        assertFalse(Files.exists(tmp.resolve("absent")), "a reading command created a database");

        CliRun unknown = run("query", "--db", db.toString(), "no-such-query");
        assertEquals(ExitCodes.QUERY, unknown.exit());
        assertTrue(unknown.err().contains("leaderboard"), "should list the available queries: " + unknown.err());

        Path bad = tmp.resolve("bad.rq");
        Files.writeString(bad, "SELECT * WHERE { ?s ?p }", StandardCharsets.UTF_8);
        CliRun syntax = run("query", "--db", db.toString(), bad.toString());
        assertEquals(ExitCodes.QUERY, syntax.exit());
        assertTrue(syntax.err().contains("line"), syntax.err());

        CliRun usage = run("load", "--db");
        assertEquals(ExitCodes.USAGE, usage.exit());

        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun serve = run("serve", "--db", db.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(ExitCodes.SERVE, serve.exit());
            assertTrue(serve.err().contains("already in use"), serve.err());
        }
    }

    @Test
    void evaluateScoresExtractionAgainstGold() {
        Path gold = Path.of("src/test/resources/eval/gold-daily-papers-jul-28.jsonl");
        CliRun eval = run("evaluate", "--gold", gold.toString(), BUNDLED.toString(), "--json");
        assertEquals(0, eval.exit(), eval.err());
        JsonNode scores = readTree(eval.out());
        double valueF1 = scores.at("/results/value/f1").asDouble();
        assertTrue(valueF1 >= 0.90, "results value F1 " + valueF1);
        assertTrue(scores.at("/results/anchored/f1").asDouble() >= 0.60);
        assertTrue(scores.at("/results/full/f1").asDouble() >= 0.35);
        assertTrue(scores.at("/entities/benchmarks/f1").asDouble() >= 0.60);
        assertTrue(scores.at("/entities/proposes/f1").asDouble() >= 0.60);
        assertTrue(scores.at("/entities/metrics/f1").asDouble() >= 0.50);
        assertEquals(33, scores.at("/papers/matched").asInt());
    }

    private static Lang langOf(String format) {
        return switch (format) {
            case "ttl" -> Lang.TURTLE;
            case "nt" -> Lang.NTRIPLES;
            case "nq" -> Lang.NQUADS;
            case "trig" -> Lang.TRIG;
            case "jsonld" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
    }

    private static List<String> withoutTimes(Path nquads) throws IOException {
        return Files.readAllLines(nquads, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.contains("endedAtTime"))
                .sorted()
                .toList();
    }

    private static int count(java.util.Iterator<?> it) {
        int n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8)).getRecords();
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                nodes.add(readTree(line));
            }
        }
        return nodes;
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
