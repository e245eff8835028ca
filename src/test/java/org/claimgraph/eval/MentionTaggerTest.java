package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.extract.RuleBasedExtractor;
import org.claimgraph.extract.TokenSpan;
import org.claimgraph.nlp.OpenNlpAnalyzer;
import org.junit.jupiter.api.Test;

/** The real rules on a tokenised sentence, their types renamed to a benchmark's labels. */
class MentionTaggerTest {
    @Test
    void ruleMentionsBecomeLabelledTokenSpans() {
        try (OpenNlpAnalyzer analyzer = OpenNlpAnalyzer.english()) {
            MentionTagger tagger = new MentionTagger(analyzer, new RuleBasedExtractor(), MentionTagger.TDMSCI_LABELS);
            List<TokenSpan> spans = tagger.tag(List.of(List.of("We", "report", "accuracy", "on", "ImageNet", "and",
                    "CIFAR-10", "for", "image", "classification", "."))).get(0);
            assertTrue(spans.contains(new TokenSpan(2, 3, "METRIC")), spans.toString());
            assertTrue(spans.contains(new TokenSpan(4, 5, "DATASET")), spans.toString());
            assertTrue(spans.contains(new TokenSpan(6, 7, "DATASET")), spans.toString());
            assertTrue(spans.contains(new TokenSpan(8, 10, "TASK")), spans.toString());
            assertEquals(4, spans.stream().distinct().count(), spans.toString());
        }
    }
}
