package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code query --infer rdfs} and {@code serve --infer rdfs} as a user runs them on the bundled data. */
class InferOptionIT {
    private static final String ML_SCHEMA = """
            PREFIX mls: <http://www.w3.org/ns/mls#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?value ?measure WHERE {
              ?evaluation a mls:ModelEvaluation ; mls:hasValue ?value ; mls:specifiedBy/rdfs:label ?measure .
            } ORDER BY DESC(?value) ?measure
            """;

    @TempDir
    static Path work;
    static Path db;
    static Path query;

    @BeforeAll
    static void load() throws IOException {
        db = work.resolve("db");
        assertEquals(0, CliRun.of("load", "data/daily-papers-jul-28.txt", "--db", db.toString(),
                "--rejects", work.resolve("rejects.jsonl").toString()).exit());
        query = work.resolve("ml-schema.rq");
        Files.writeString(query, ML_SCHEMA, StandardCharsets.UTF_8);
    }

    /** Runs {@code query} with {@code args}, writing CSV to a file, and returns its lines. */
    static List<String> csv(String name, String... args) throws IOException {
        Path out = work.resolve(name + ".csv");
        List<String> command = new ArrayList<>(List.of("query", "--db", db.toString(), "--format", "csv", "-o", out.toString()));
        command.addAll(List.of(args));
        CliRun run = CliRun.of(command.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    @Test
    void mlSchemaQueryAnswersOnlyWithRdfs() throws IOException {
        List<String> plain = csv("plain", query.toString());
        assertEquals(List.of("value,measure"), plain, "header only without entailment");

        List<String> rdfs = csv("rdfs", "--infer", "rdfs", query.toString());
        assertEquals("value,measure", rdfs.get(0));
        assertTrue(rdfs.size() > 10, rdfs.toString());
        assertTrue(rdfs.stream().anyMatch(l -> l.startsWith("94.76,")), rdfs.toString());
    }

    @Test
    void cannedQueriesGiveTheSameRowsWithEntailment() throws IOException {
        List<String> plain = csv("leaderboard-plain", "leaderboard", "-p", "benchmark=GSM8K");
        List<String> rdfs = csv("leaderboard-rdfs", "--infer", "RDFS", "leaderboard", "-p", "benchmark=GSM8K");
        assertTrue(plain.size() > 1, plain.toString());
        assertEquals(plain, rdfs);
    }

    @Test
    void unknownEntailmentIsAUsageError() {
        CliRun run = CliRun.of("query", "--db", db.toString(), "--infer", "owl", query.toString());
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("rdfs"), run.err());
    }

    @Test
    void writableServerWithEntailmentIsRefused() {
        CliRun run = CliRun.of("serve", "--db", db.toString(), "--port", "0", "--infer", "rdfs", "--admin-password", "secret");
        assertEquals(ExitCodes.SERVE, run.exit());
        assertTrue(run.err().contains("read-only"), run.err());
    }
}
