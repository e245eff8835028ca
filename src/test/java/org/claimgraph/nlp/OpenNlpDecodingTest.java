package org.claimgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.ingest.Paper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's faster decoding against the models as shipped: whole alphanumeric words, and the
 * same tags wherever both tokenise a sentence the same way.
 */
class OpenNlpDecodingTest {
    private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Za-z0-9]+");
    private static OpenNlpAnalyzer fast;
    private static OpenNlpAnalyzer shipped;

    @BeforeAll
    static void load() {
        fast = OpenNlpAnalyzer.english();
        shipped = OpenNlpAnalyzer.englishAsShipped();
    }

    @AfterAll
    static void close() {
        fast.close();
        shipped.close();
    }

    @Test
    void theFastDecodingKeepsAlphanumericNamesWholeWhereTheShippedOneSplitsThem() {
        String text = "We present Deblur-SLAM, a robust RGB SLAM pipeline, and compare it with PINet on KITTI.";
        List<String> words = words(fast.analyze(text).get(0));
        assertTrue(words.contains("SLAM") && words.contains("PINet"), words.toString());
        List<String> shippedWords = words(shipped.analyze(text).get(0));
        assertTrue(!shippedWords.contains("SLAM") || !shippedWords.contains("PINet"),
                "the shipped tokenizer no longer splits these names; revisit the decoding note: " + shippedWords);
    }

    @Test
    void tagsAreTheSameAndNoAlphanumericWordIsSplitAcrossTheBundledAndSampleAbstracts() throws Exception {
        int sentences = 0;
        int sameTokens = 0;
        for (Paper p : OpenNlpAnalyzerSelectionTest.papers()) {
            List<Sentence> a = fast.analyze(p).sentences();
            List<Sentence> b = shipped.analyze(p).sentences();
            assertEquals(b.size(), a.size(), "sentence split differs for " + p.id());
            for (int i = 0; i < a.size(); i++) {
                sentences++;
                for (String chunk : a.get(i).text().split("\\s+")) {
                    if (ALPHANUMERIC.matcher(chunk).matches()) {
                        assertTrue(words(a.get(i)).contains(chunk), () -> "split " + chunk + " in " + p.id());
                    }
                }
                if (words(a.get(i)).equals(words(b.get(i)))) {
                    sameTokens++;
                    assertEquals(tags(b.get(i)), tags(a.get(i)), "tags differ in " + p.id() + ": " + a.get(i).text());
                }
            }
        }
        assertTrue(sentences > 300, "sentences: " + sentences);
        assertTrue(sameTokens > sentences * 0.9, sameTokens + " of " + sentences + " sentences tokenised the same");
    }

    private static List<String> words(Sentence s) {
        return s.tokens().stream().map(Token::text).toList();
    }

    private static List<String> tags(Sentence s) {
        return s.tokens().stream().map(Token::pos).toList();
    }
}
