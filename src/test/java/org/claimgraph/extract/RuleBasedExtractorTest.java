package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.SourcePosition;
import org.claimgraph.nlp.OpenNlpAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentences from real arXiv abstracts of the unlabelled pool (benchmarks/arxiv-ml-pool), not the bundled file. */
class RuleBasedExtractorTest {
    private static OpenNlpAnalyzer analyzer;
    private static RuleBasedExtractor extractor;

    @BeforeAll
    static void load() {
        analyzer = OpenNlpAnalyzer.english();
        extractor = new RuleBasedExtractor();
    }

    @AfterAll
    static void close() {
        analyzer.close();
    }

    private static PaperClaims extract(String title, String abstractText) {
        return extractor.extract(analyzer.analyze(Paper.of(title, abstractText, new SourcePosition("pool", 1))));
    }

    private static Result only(PaperClaims c, String value) {
        List<Result> rs = c.results().stream().filter(r -> r.value().compareTo(new BigDecimal(value)) == 0).toList();
        assertEquals(1, rs.size(), "results with value " + value + ": " + c.results());
        return rs.get(0);
    }

    @Test
    void improvementOverANamedBaseline() {
        String text = "In this work, we introduce Rank-K, a listwise passage reranking model that leverages the "
                + "reasoning capability of the reasoning language model at query time. We show that Rank-K improves "
                + "retrieval effectiveness by 23\\% over the RankZephyr, the state-of-the-art listwise reranker.";
        PaperClaims c = extract("Rank-K: Test-Time Reasoning for Listwise Reranking", text);
        Result r = only(c, "23");
        assertEquals(ResultKind.IMPROVEMENT, r.kind());
        assertEquals("%", r.unit());
        assertEquals("Rank-K", r.method());
        assertEquals("RankZephyr", r.baseline());
        assertTrue(c.proposes().stream().anyMatch(e -> e.name().equals("Rank-K")), c.proposes().toString());
        String evidence = text.substring(r.evidence().span().start(), r.evidence().span().end());
        assertEquals(r.evidence().sentence(), evidence);
        assertTrue(evidence.contains("23\\%"), "evidence is the original text: " + evidence);
    }

    @Test
    void fromToGivesTheNewScoreAndTheBaselineValueOnTheBenchmark() {
        PaperClaims c = extract("WebAgent-R1: Training Web Agents via End-to-End Multi-Turn Reinforcement Learning",
                "In this work, we present WebAgent-R1, a simple yet effective end-to-end multi-turn RL framework for "
                        + "training web agents. Experiments on the WebArena-Lite benchmark demonstrate the effectiveness "
                        + "of WebAgent-R1, boosting the task success rate of Qwen-2.5-3B from 6.1% to 33.9% and "
                        + "Llama-3.1-8B from 8.5% to 44.8%, significantly outperforming existing methods.");
        Result first = only(c, "33.9");
        assertEquals(ResultKind.ABSOLUTE, first.kind());
        assertEquals(0, new BigDecimal("6.1").compareTo(first.baselineValue()));
        assertEquals("WebArena-Lite", first.benchmark());
        assertEquals("success rate", first.metric());
        Result second = only(c, "44.8");
        assertEquals(0, new BigDecimal("8.5").compareTo(second.baselineValue()));
        assertEquals(2, c.results().size(), c.results().toString());
        assertTrue(c.benchmarks().stream().anyMatch(b -> b.name().equals("WebArena-Lite")), c.benchmarks().toString());
    }

    @Test
    void factorsAreRatiosAndBudgetsAreNotResults() {
        PaperClaims c = extract("UFO-RL: Uncertainty-Focused Optimization for Efficient Reinforcement Learning Data "
                        + "Selection",
                "Addressing the limitation of conventional, computationally intensive multi-sampling methods for data "
                        + "assessment, we introduce UFO-RL. This novel framework uses a computationally efficient "
                        + "single-pass uncertainty estimation to identify informative data instances, achieving up to "
                        + "185x faster data evaluation. Experiments show that training with just 10% of data selected "
                        + "by UFO-RL yields performance comparable to or surpassing full-data training, reducing "
                        + "overall training time by up to 16x.");
        assertEquals(List.of("185", "16"), c.results().stream().map(r -> r.value().toPlainString()).toList());
        assertTrue(c.results().stream().allMatch(r -> r.kind() == ResultKind.RATIO && "x".equals(r.unit())));
    }

    @Test
    void respectivelyPairsNumbersWithBenchmarksInOrder() {
        PaperClaims c = extract("Seg2Box: 3D Object Detection by Point-Wise Semantics Supervision",
                "Experiments on the Waymo Open Dataset and nuScenes Dataset show that our method significantly "
                        + "outperforms other competitive methods by 23.7\\% and 10.3\\% in mAP, respectively.");
        Result waymo = only(c, "23.7");
        Result nuscenes = only(c, "10.3");
        assertEquals(ResultKind.IMPROVEMENT, waymo.kind());
        assertEquals(ResultKind.IMPROVEMENT, nuscenes.kind());
        assertEquals("mAP", waymo.metric());
        assertEquals("nuScenes", nuscenes.benchmark());
        assertTrue(waymo.benchmark().startsWith("Waymo"), waymo.toString());
        assertEquals("Seg2Box", waymo.method());
    }

    @Test
    void reductionsAndAcronymDefinitions() {
        PaperClaims c = extract("Lifting the Veil on Visual Information Flow in MLLMs",
                "Based on these insights, we propose Hierarchical Modality-Aware Pruning (HiMAP), a plug-and-play "
                        + "inference acceleration method that dynamically prunes image tokens at specific layers, "
                        + "reducing computational costs by approximately 65% without sacrificing performance.");
        Result r = only(c, "65");
        assertEquals(ResultKind.REDUCTION, r.kind());
        assertNull(r.benchmark());
        Entity himap = c.proposes().get(0);
        assertEquals("Hierarchical Modality-Aware Pruning", himap.name());
        assertEquals(List.of("HiMAP"), himap.aliases());
        assertEquals(EntityType.METHOD, himap.type());
    }

    @Test
    void signedGainsInParenthesesBelongToTheNameBeforeThem() {
        PaperClaims c = extract("Utilization of Neighbor Information for Image Classification",
                "Our method yields state-of-the-art results for GCD (+0.8% ImageNet-100, +5% CUB, +2% SCars) and "
                        + "improves accuracy on benchmarks such as ImageNet-R (+1.1%), ObjectNet (+2.4%).");
        assertEquals("ImageNet-R", only(c, "1.1").benchmark());
        assertEquals("ObjectNet", only(c, "2.4").benchmark());
        assertEquals("ImageNet-100", only(c, "0.8").benchmark());
        assertTrue(c.results().stream().allMatch(r -> r.kind() == ResultKind.IMPROVEMENT), c.results().toString());
    }

    @Test
    void confidenceGrowsWithLinkedEvidence() {
        PaperClaims c = extract("X", "Our approach achieves an accuracy of 96.97% on DVS128 Gesture. "
                + "The proposed system also obtains 0.85 overall.");
        Result linked = only(c, "96.97");
        assertEquals("DVS128 Gesture", linked.benchmark());
        assertEquals("accuracy", linked.metric());
        for (Result r : c.results()) {
            assertTrue(r.confidence() >= 0 && r.confidence() <= 1);
            assertTrue(r.confidence() <= linked.confidence());
        }
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        List<String> texts = List.of(
                "We show that Rank-K improves retrieval effectiveness by 23\\% over the RankZephyr.",
                "Experiments on the Waymo Open Dataset and nuScenes Dataset show that our method outperforms "
                        + "other methods by 23.7\\% and 10.3\\% in mAP, respectively.",
                "Our approach achieves an accuracy of 96.97% on DVS128 Gesture, 3x faster than before.");
        List<org.claimgraph.nlp.AnalyzedText> inputs = texts.stream()
                .map(t -> analyzer.analyze(Paper.of("T", t, new SourcePosition("pool", 1)))).toList();
        List<PaperClaims> expected = inputs.stream().map(extractor::extract).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<PaperClaims>> futures = new java.util.ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (var in : inputs) {
                    futures.add(pool.submit(() -> extractor.extract(in)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % inputs.size()).results(), futures.get(i).get().results());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void emptyAndMarkupOnlyAbstractsGiveNoResults() {
        assertEquals(List.of(), extract("Nothing", "").results());
        assertEquals(List.of(), extract("Only math", "$\\alpha_{1} \\times \\beta$ -- ~ \\textbf{}").results());
    }

    @Test
    void identifiesItself() {
        assertEquals("claimgraph-rules", extractor.name());
        assertEquals("0.1.0", extractor.version());
    }

    /** Regression (NLP-TDMS 1709.07432): two "respectively" clauses each pair their own benchmarks. */
    @Test
    void eachRespectivelyClausePairsItsOwnBenchmarks() {
        PaperClaims c = extract("Dynamic evaluation of neural sequence models",
                "Dynamic evaluation improves the state-of-the-art word-level perplexities on the Penn Treebank and "
                        + "WikiText-2 datasets to 51.1 and 44.3 respectively, and the state-of-the-art character-level "
                        + "cross-entropies on the text8 and Hutter Prize datasets to 1.19 bits/char and 1.08 bits/char "
                        + "respectively.");
        assertEquals("Penn Treebank", only(c, "51.1").benchmark());
        assertEquals("WikiText-2", only(c, "44.3").benchmark());
        assertEquals("text8", only(c, "1.19").benchmark());
        assertEquals("Hutter Prize", only(c, "1.08").benchmark());
    }

    @Test
    void findGivesTypedMentionsWithSentenceOffsets() {
        var sentence = analyzer.analyze("We report accuracy on ImageNet for image classification.").get(0);
        List<Mention> found = extractor.find(sentence);
        assertTrue(found.contains(new Mention("accuracy", 10, 18, EntityType.METRIC)), found.toString());
        assertTrue(found.contains(new Mention("ImageNet", 22, 30, EntityType.BENCHMARK)), found.toString());
        assertTrue(found.contains(new Mention("image classification", 35, 55, EntityType.TASK)), found.toString());
    }
}
