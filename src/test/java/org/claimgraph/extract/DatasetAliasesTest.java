package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.SourcePosition;
import org.claimgraph.nlp.OpenNlpAnalyzer;
import org.junit.jupiter.api.Test;

class DatasetAliasesTest {
    private final DatasetAliases shipped = DatasetAliases.load("dataset-aliases.tsv");

    @Test
    void variantsMeetInTheCanonicalName() {
        assertEquals(Optional.of("Penn Treebank"), shipped.canonical("PTB"));
        assertEquals(Optional.of("WMT 2014"), shipped.canonical("WMT'14"));
        assertEquals(Optional.of("WMT 2014"), shipped.canonical("wmt-14"));
        assertEquals(Optional.of("MS COCO"), shipped.canonical("COCO"));
        assertTrue(shipped.canonical("Some Unknown Bench").isEmpty());
        assertTrue(shipped.variants("MSCOCO").contains("Microsoft COCO"));
    }

    @Test
    void aLineWithOneNameIsAnErrorNamingTheLine() {
        ExtractException e = assertThrows(ExtractException.class, () -> DatasetAliases.load("alias-table-one-name.tsv"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void extractedBenchmarkGainsItsCanonicalNameAsAlias() {
        PaperClaims c;
        try (OpenNlpAnalyzer analyzer = OpenNlpAnalyzer.english()) {
            c = new RuleBasedExtractor().extract(analyzer.analyze(Paper.of("A Language Model",
                    "Our model reaches a perplexity of 55.3 on the PTB benchmark and 60.1 on WikiText-2.",
                    new SourcePosition("test", 1))));
        }
        Entity ptb = c.benchmarks().stream().filter(b -> b.name().equals("PTB")).findFirst().orElseThrow(
                () -> new AssertionError(c.benchmarks().toString()));
        assertTrue(ptb.aliases().contains("Penn Treebank"), ptb.toString());
    }
}
