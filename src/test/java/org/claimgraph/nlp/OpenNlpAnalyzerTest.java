package org.claimgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.SourcePosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpAnalyzerTest {
    private static final Set<String> UD_TAGS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN",
            "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");
    private static final String ABSTRACT = "In this work, we introduce Rank-K, a listwise passage reranking model. "
            + "We show that Rank-K improves retrieval effectiveness by 23\\% over the RankZephyr. "
            + "It is also $3\\times$ faster than prior rerankers.";
    private static OpenNlpAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = OpenNlpAnalyzer.english();
    }

    @AfterAll
    static void close() {
        analyzer.close();
    }

    private static Paper paper(String text) {
        return Paper.of("Rank-K", text, new SourcePosition("test", 1));
    }

    @Test
    void sentencesTokensAndTagsAreConsistentWithTheCleanedText() {
        AnalyzedText a = analyzer.analyze(paper(ABSTRACT));
        String text = a.text();
        assertTrue(text.contains("by 23% over"), text);
        assertTrue(text.contains("3× faster"), text);
        assertEquals(3, a.sentences().size(), a.sentences().toString());
        for (Sentence s : a.sentences()) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            assertTrue(!s.tokens().isEmpty());
            for (Token t : s.tokens()) {
                assertEquals(t.text(), text.substring(t.start(), t.end()), "token offsets");
                assertTrue(t.start() >= s.start() && t.end() <= s.end(), "token inside its sentence");
                assertTrue(UD_TAGS.contains(t.pos()), "UD tag expected, got " + t.pos());
            }
        }
        Sentence second = a.sentences().get(1);
        assertTrue(second.tokens().stream().anyMatch(t -> t.text().equals("improves") && t.pos().equals("VERB")),
                second.tokens().toString());
        assertTrue(second.tokens().stream().anyMatch(t -> t.text().startsWith("23") && t.pos().equals("NUM")),
                second.tokens().toString());
    }

    @Test
    void sentenceOffsetsMapBackToTheOriginalAbstract() {
        AnalyzedText a = analyzer.analyze(paper(ABSTRACT));
        Sentence second = a.sentences().get(1);
        String original = ABSTRACT.substring(a.clean().originalOffset(second.start()),
                a.clean().originalEnd(second.end()));
        assertEquals("We show that Rank-K improves retrieval effectiveness by 23\\% over the RankZephyr.", original);
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        AnalyzedText a = analyzer.analyze(paper("Our models outperform baselines (e.g. GRPO), achieving 4.3% gains "
                + "over prior work (Smith et al. 2020). A second sentence follows."));
        assertEquals(2, a.sentences().size(), a.sentences().toString());
        assertTrue(a.sentences().get(0).text().endsWith("(Smith et al. 2020)."), a.sentences().get(0).text());
    }

    @Test
    void lemmasAreLoadedOnDemand() {
        Sentence s = analyzer.analyze(paper("The models improved results.")).sentences().get(0);
        List<String> lemmas = analyzer.lemmas(s);
        assertEquals(s.tokens().size(), lemmas.size());
        assertEquals("improve", lemmas.get(2));
    }

    @Test
    void oneAnalyzerServesManyThreads() throws Exception {
        List<String> texts = List.of(ABSTRACT, "Our method achieves 94.76% accuracy on CIFAR-10. It is fast.",
                "We study auxiliary tasks. They help agents learn.", "A short one.");
        List<AnalyzedText> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(analyzer.analyze(paper(t)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnalyzedText>> futures = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (String t : texts) {
                    futures.add(pool.submit(() -> analyzer.analyze(paper(t))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % texts.size()).sentences(), futures.get(i).get().sentences());
            }
        } finally {
            pool.shutdown();
        }
    }
}
