package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --scierc/--tdmsci/--nlp-tdms} and {@code train} run in-process on tiny fixtures. */
class BenchmarkCommandsTest {
    private static final Path FIXTURES = Path.of("src/test/resources/benchmarks");

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void trainWritesModelsAndTheirSourcesAndEvaluateScoresThem(@TempDir Path dir) throws Exception {
        Path scierc = FIXTURES.resolve("scierc-tiny.json");
        Path tdmsci = FIXTURES.resolve("tdmsci-train-tiny.conll");
        CliRun train = run("train", "--scierc-train", scierc.toString(), "--tdmsci-train", tdmsci.toString(),
                "--out", dir.toString(), "--iterations", "20");
        assertEquals(0, train.exit(), train.err());
        String sources = Files.readString(dir.resolve("MODEL-SOURCES.md"), StandardCharsets.UTF_8);
        assertTrue(sources.contains(sha256(tdmsci)) && sources.contains(sha256(scierc)), sources);
        assertTrue(sources.contains(sha256(dir.resolve("tdmsci-ner.bin"))), sources);
        assertTrue(sources.contains("Apache License 2.0"), sources);

        CliRun eval = run("evaluate", "--tdmsci", tdmsci.toString(), "--model", dir.resolve("tdmsci-ner.bin").toString());
        assertEquals(0, eval.exit(), eval.err());
        assertTrue(eval.out().contains("overall (micro)"), eval.out());
        assertTrue(eval.out().contains("DATASET                  1.000   1.000   1.000     48      0      0"), eval.out());
    }

    @Test
    void evaluateSciercWithTheShippedModelPrintsAllSixTypes() {
        CliRun eval = run("evaluate", "--scierc", FIXTURES.resolve("scierc-tiny.json").toString());
        assertEquals(0, eval.exit(), eval.err());
        for (String type : new String[] {"Material", "Method", "Metric", "Task", "overall (micro)"}) {
            assertTrue(eval.out().contains(type), eval.out());
        }
    }

    @Test
    void evaluateTdmsciWithTheRules() {
        CliRun eval = run("evaluate", "--tdmsci", FIXTURES.resolve("tdmsci-two-sentences.conll").toString(),
                "--tagger", "rules");
        assertEquals(0, eval.exit(), eval.err());
        assertTrue(eval.out().contains("(rules)") && eval.out().contains("METRIC"), eval.out());
    }

    @Test
    void evaluateNlpTdmsCountsRecoveredTuples() {
        CliRun eval = run("evaluate", "--nlp-tdms", FIXTURES.resolve("nlp-tdms-tiny").toString());
        assertEquals(0, eval.exit(), eval.err());
        assertTrue(eval.out().contains("score is in the abstract: 1 in 1 papers"), eval.out());
    }

    @Test
    void benchmarkModesExcludeEachOtherAndAMissingFileIsNamed() {
        CliRun both = run("evaluate", "--scierc", "a.json", "--tdmsci", "b.conll");
        assertEquals(ExitCodes.USAGE, both.exit(), both.err());
        CliRun missing = run("evaluate", "--tdmsci", "no-such-file.conll");
        assertEquals(ExitCodes.EVAL, missing.exit(), missing.err());
        assertTrue(missing.err().contains("no-such-file.conll"), missing.err());
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }
}
