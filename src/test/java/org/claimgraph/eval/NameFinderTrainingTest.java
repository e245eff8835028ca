package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.NameFinderTraining;
import org.claimgraph.extract.SciNameFinder;
import org.claimgraph.extract.TokenSpan;
import org.claimgraph.nlp.OpenNlpAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tiny model trained from a fixture in the TDMSci format, with the shipped feature generators. */
class NameFinderTrainingTest {
    private static final Path TRAIN = Path.of("src/test/resources/benchmarks/tdmsci-train-tiny.conll");
    private static final NameFinderTraining.Settings SETTINGS = new NameFinderTraining.Settings("PERCEPTRON", 30, 0);
    private static TokenNameFinderModel model;

    @BeforeAll
    static void train() throws IOException {
        model = NameFinderTraining.train(NameSamples.of(List.of(new TdmsciCorpus(TRAIN))), SETTINGS);
    }

    @Test
    void theModelLearnsTheFixturesNames() throws IOException {
        SciNameFinder finder = SciNameFinder.of(model);
        SpanScores scores = NerBenchmark.score(new TdmsciCorpus(TRAIN), finder::tag);
        assertTrue(scores.overall().f1() > 0.85, scores.toTable());
    }

    @Test
    void unseenCombinationsAreTagged() {
        List<TokenSpan> spans = SciNameFinder.of(model).tag(List.of(List.of("We", "study", "object", "detection",
                "on", "the", "SQuAD", "benchmark", "and", "report", "BLEU", "."))).get(0);
        assertEquals(List.of(new TokenSpan(2, 4, "TASK"), new TokenSpan(6, 7, "DATASET"),
                new TokenSpan(10, 11, "METRIC")), spans);
    }

    @Test
    void trainingIsDeterministic() throws IOException {
        TokenNameFinderModel again = NameFinderTraining.train(NameSamples.of(List.of(new TdmsciCorpus(TRAIN))), SETTINGS);
        List<List<String>> probe = List.of(List.of("We", "study", "language", "modeling", "on", "the", "GLUE",
                "benchmark", "and", "report", "F1", "."), List.of("Results", "on", "PTB", "improve", "accuracy", "."));
        assertEquals(SciNameFinder.of(model).tag(probe), SciNameFinder.of(again).tag(probe));
    }

    @Test
    void mentionsPointIntoTheSentenceText() {
        try (OpenNlpAnalyzer analyzer = OpenNlpAnalyzer.english()) {
            var sentence = analyzer.tagTokens(List.of("We", "study", "machine", "translation", "on", "the", "WMT14",
                    "benchmark", "and", "report", "BLEU", "."));
            List<Mention> found = SciNameFinder.of(model).find(sentence);
            assertEquals(List.of(new Mention("machine translation", 9, 28, EntityType.TASK),
                    new Mention("WMT14", 36, 41, EntityType.DATASET), new Mention("BLEU", 63, 67, EntityType.METRIC)),
                    found);
        }
    }

    @Test
    void nestedNamesKeepTheOutermost() {
        Span[] kept = NameSamples.outermost(List.of(new TokenSpan(2, 3, "Method"), new TokenSpan(0, 4, "Task"),
                new TokenSpan(5, 6, "Metric")));
        assertArrayEquals(new Span[] {new Span(0, 4, "Task"), new Span(5, 6, "Metric")}, kept);
    }
}
