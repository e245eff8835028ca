package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.claimgraph.nlp.LatexCleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityFinderTest {
    private final QuantityFinder finder = new QuantityFinder();

    private List<Quantity> find(String sentence) {
        return finder.find(new LatexCleaner().clean(sentence).text());
    }

    private static void assertQuantity(Quantity q, String value, String unit) {
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), "value " + q);
        assertEquals(unit, q.unit(), "unit " + q);
    }

    @Test
    void fromAToBKeepsTheNewValueAndTheBaselineValue() {
        List<Quantity> qs = find("boosting the task success rate of Qwen-2.5-3B from 6.1% to 33.9% and "
                + "Llama-3.1-8B from 8.5% to 44.8%.");
        assertEquals(2, qs.size(), qs.toString());
        assertQuantity(qs.get(0), "33.9", "%");
        assertEquals(0, new BigDecimal("6.1").compareTo(qs.get(0).baselineValue()));
        assertQuantity(qs.get(1), "44.8", "%");
        assertEquals(0, new BigDecimal("8.5").compareTo(qs.get(1).baselineValue()));
    }

    @Test
    void latexPercentAndSignedPercent() {
        List<Quantity> qs = find("Rank-K improves retrieval effectiveness by 23\\% over the RankZephyr and +1.5% on X.");
        assertEquals(2, qs.size(), qs.toString());
        assertQuantity(qs.get(0), "23", "%");
        assertQuantity(qs.get(1), "1.5", "%");
        assertEquals('+', qs.get(1).sign());
    }

    @Test
    void factorsInDigitsAndWords() {
        List<Quantity> qs = find("achieving up to 185x faster data evaluation, a three-fold training speed-up, "
                + "it doubles throughput and is 3 times faster, with $16\\times$ less memory.");
        assertEquals(List.of("185", "3", "2", "3", "16"),
                qs.stream().map(q -> q.value().toPlainString()).toList());
        assertTrue(qs.stream().allMatch(Quantity::isRatio), qs.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We train a 7B model and a 1.6B model on 3 billion tokens.",
        "Experiments on five datasets and 40 labels per class were run in 2023.",
        "Training with just 10% of data selected by UFO-RL yields comparable performance.",
        "We use a batch size of 32 and a learning rate of 0.001.",
        "The dataset contains 4,614 videos recorded by 10 signers at 25 frames per second.",
        "We run five-fold cross-validation on GPT-4 and Llama-3.1-8B.",
        "Is the image 100% trustworthy?",
        "The frame has 800x600 pixels.",
        "Specifically, we first train a 4$\\times$ decoder on the features.",
        "At 90% sparsity the model keeps its quality with 30 times as many parameters."})
    void sizesCountsYearsAndHyperParametersAreNotResults(String sentence) {
        assertEquals(List.of(), find(sentence), sentence);
    }

    @Test
    void factorWithComparativeContextIsKept() {
        List<Quantity> qs = find("It is $2\\times$ as fast and gives a 41x reduction in storage.");
        assertEquals(List.of("2", "41"), qs.stream().map(q -> q.value().toPlainString()).toList());
    }

    @Test
    void listsOfScoresAfterAScoringVerb() {
        List<Quantity> qs = find("The model outperforms others, achieving a peak signal-to-noise ratio of 41.87, a "
                + "structural similarity index measure of 0.9814 and a root mean squared error of 0.00236.");
        assertEquals(List.of("41.87", "0.9814", "0.00236"), qs.stream().map(q -> q.value().toPlainString()).toList());
    }

    @Test
    void bareScoreNeedsACue() {
        List<Quantity> qs = find("Our MuMath-Code-7B achieves 83.8 on GSM8K, but the list has 83.8 entries.");
        assertEquals(1, qs.size(), qs.toString());
        assertQuantity(qs.get(0), "83.8", null);
        assertNull(qs.get(0).baselineValue());
    }

    /** Regression: bare scores paired by "respectively" were dropped (NLP-TDMS abstracts 1709.07432, 1711.03953). */
    @Test
    void bareScoresListedWithRespectivelyAreResults() {
        List<Quantity> qs = find("Dynamic evaluation improves the state-of-the-art word-level perplexities on the Penn "
                + "Treebank and WikiText-2 datasets to 51.1 and 44.3 respectively.");
        assertEquals(2, qs.size(), qs.toString());
        assertQuantity(qs.get(0), "51.1", null);
        assertQuantity(qs.get(1), "44.3", null);
    }

    @Test
    void bitsPerCharacterIsAScoreNotASize() {
        List<Quantity> qs = find("On text8 and Hutter Prize we reach 1.19 bits/char and 1.08 bits/char respectively, "
                + "and RHNs achieve an entropy of 1.27 bits per character.");
        assertEquals(3, qs.size(), qs.toString());
        assertQuantity(qs.get(2), "1.27", null);
        assertTrue(find("The model stores 2.5 bits per weight for 16 bits.").isEmpty());
    }

    @Test
    void respectivelyNeedsAScoringSentence() {
        assertTrue(find("The two splits hold 12.5 and 30.5 respectively.").isEmpty());
    }

    @Test
    void rangeGivesBothEndsWithTheSharedUnit() {
        List<Quantity> qs = find("It reduces memory by 91--94% and runs 40--52x faster, or 8.6-8.8 times speedup.");
        assertEquals(List.of("91", "94", "40", "52", "8.6", "8.8"),
                qs.stream().map(q -> q.value().toPlainString()).toList(), qs.toString());
        assertEquals("%", qs.get(0).unit());
        assertEquals("x", qs.get(2).unit());
        assertEquals("x", qs.get(4).unit());
    }

    @Test
    void errorBarIsNotAResultAndLendsItsUnit() {
        List<Quantity> qs = find("Kronecker reaching 2.5 +- 0.2% lower validation loss.");
        assertEquals(1, qs.size(), qs.toString());
        assertQuantity(qs.get(0), "2.5", "%");
    }

    @Test
    void fromToAcrossErrorBarsAndWords() {
        List<Quantity> qs = find("CODA improves accuracy from 53.75 $\\pm$ 3.57$\\%$ with a focal-concentration baseline "
                + "to 65.41 $\\pm$ 3.99$\\%$.");
        assertEquals(1, qs.size(), qs.toString());
        assertQuantity(qs.get(0), "65.41", "%");
        assertEquals(0, new BigDecimal("53.75").compareTo(qs.get(0).baselineValue()));
    }

    @Test
    void versusKeepsTheFirstAndTheBaselineScore() {
        List<Quantity> qs = find("It preserves the top-1 prediction on 55.5% of pairs vs. 47.3% for BPE.");
        assertEquals(1, qs.size(), qs.toString());
        assertQuantity(qs.get(0), "55.5", "%");
        assertEquals(0, new BigDecimal("47.3").compareTo(qs.get(0).baselineValue()));
    }

    @Test
    void numberWordsWithPercentagePoints() {
        List<Quantity> qs = find("It yields an average gain of six percentage points on AndroidWorld.");
        assertEquals(1, qs.size(), qs.toString());
        assertQuantity(qs.get(0), "6", "points");
    }

    @Test
    void triplesAsANounAreNoFactor() {
        assertTrue(find("Our approach incorporates entities and triples from knowledge graphs into prompts.").isEmpty());
    }

    @Test
    void priorScoreBecomesTheBaselineValue() {
        List<Quantity> qs = find("True Memory Pro reaches 76.6% (3-run mean), above the prior published result of 73.9% for X.");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals(0, new BigDecimal("73.9").compareTo(qs.get(0).baselineValue()));
    }

    @Test
    void upperCaseMeasureEqualsDecimalIsAScoreButSampleSizesAndPValuesAreNot() {
        List<Quantity> qs = find("the model achieved $R^2 = 0.80 \\pm 0.02$ and CCC $= 0.89 \\pm 0.02$ "
                + "on $N = 54$ children (p = 0.029).");
        assertEquals(2, qs.size(), qs.toString());
        assertQuantity(qs.get(0), "0.80", null);
        assertQuantity(qs.get(1), "0.89", null);
    }

    @Test
    void suspendedHyphenTakesTheUnitOfTheSecondNumber() {
        List<Quantity> qs = find("reaches 92.29% MOTA (1.68- and 0.84-percentage-point losses).");
        assertEquals(3, qs.size(), qs.toString());
        assertQuantity(qs.get(1), "1.68", "points");
        assertQuantity(qs.get(2), "0.84", "points");
    }

    @Test
    void aSpreadIsNoResult() {
        assertTrue(find("An ablation shows a 1.3-percentage-point spread within the top family.").isEmpty());
    }

    @Test
    void scoresOnTwoSplitsAreOneList() {
        List<Quantity> qs = find("Our model achieves macro F1 of 0.624 on validation and 0.619 on a held-out test set.");
        assertEquals(2, qs.size(), qs.toString());
        assertQuantity(qs.get(1), "0.619", null);
    }

    @Test
    void aPointScaleIsNoResultButAPointDegradationIs() {
        assertTrue(find("Annotators rated each summary on a 5-point Likert scale for coherence.").isEmpty());
        List<Quantity> qs = find("DYNAC reduces RTF by 81% with a 0.1-point degradation in word error rate.");
        assertEquals(2, qs.size(), qs.toString());
        assertQuantity(qs.get(1), "0.1", "points");
    }
}
