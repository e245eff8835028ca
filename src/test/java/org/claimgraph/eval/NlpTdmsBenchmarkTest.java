package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.claimgraph.extract.RuleBasedExtractor;
import org.claimgraph.nlp.OpenNlpAnalyzer;
import org.junit.jupiter.api.Test;

/** The fixture folder has three papers; only one tuple's score (94.2) is written in an abstract. */
class NlpTdmsBenchmarkTest {
    private static final Path DIR = Path.of("src/test/resources/benchmarks/nlp-tdms-tiny");

    @Test
    void onlyScoresWrittenInTheAbstractCountAndTheRealExtractorRecoversThem() throws IOException {
        RuleBasedExtractor extractor = new RuleBasedExtractor();
        NlpTdmsBenchmark.Report report;
        try (OpenNlpAnalyzer analyzer = OpenNlpAnalyzer.english()) {
            report = NlpTdmsBenchmark.score(DIR, p -> extractor.extract(analyzer.analyze(p)));
        }
        assertEquals(1, report.papers());
        assertEquals(1, report.tuples().size(), report.toText());
        NlpTdmsBenchmark.Tuple t = report.tuples().get(0);
        assertEquals("A01", t.paper());
        assertEquals(0, new BigDecimal("94.2").compareTo(t.score()));
        assertEquals(1, report.recovered(), report.toText());
        assertTrue(report.toText().contains("recovered with the right dataset and value: 1 (100.0%)"), report.toText());
    }

    @Test
    void datasetNamesMatchByNormalisedPrefix() {
        assertTrue(NlpTdmsBenchmark.sameDataset("CNN/Daily Mail", "CNN / Daily Mail (Non-anonymized version)"));
        assertTrue(NlpTdmsBenchmark.sameDataset("SQuAD", "SQuAD1.1"));
        assertFalse(NlpTdmsBenchmark.sameDataset("PTB", "Penn Treebank"));
        assertFalse(NlpTdmsBenchmark.sameDataset("WM", "WMT 2014 EN-DE"), "a prefix needs three characters");
    }

    @Test
    void valuesMatchWithTheScorersTolerance() {
        assertTrue(NlpTdmsBenchmark.sameValue(new BigDecimal("94.2"), new BigDecimal("94.20")));
        assertTrue(NlpTdmsBenchmark.sameValue(new BigDecimal("94.6"), new BigDecimal("94.2")));
        assertFalse(NlpTdmsBenchmark.sameValue(new BigDecimal("94.8"), new BigDecimal("94.2")));
    }
}
