package org.claimgraph.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.extract.TokenSpan;

/** Runs a tagger over an NER corpus and scores it with {@link SpanScores}. */
public final class NerBenchmark {
    private NerBenchmark() {
    }

    /** Every label of the gold side is scored, plus any label the tagger invents (all false positives). */
    public static SpanScores score(NerCorpus corpus, NerTagger tagger) throws IOException {
        Map<String, long[]> counts = new HashMap<>();
        corpus.forEachDocument(document -> {
            List<List<String>> tokens = new ArrayList<>();
            document.forEach(s -> tokens.add(s.tokens()));
            List<List<TokenSpan>> predicted = tagger.tag(tokens);
            if (predicted.size() != document.size()) {
                throw new EvalException(corpus.source() + ": tagger returned " + predicted.size()
                        + " sentences for a document of " + document.size());
            }
            for (int i = 0; i < document.size(); i++) {
                count(new HashSet<>(document.get(i).names()), new LinkedHashSet<>(predicted.get(i)), counts);
            }
        });
        Map<String, PrecisionRecall> byLabel = new HashMap<>();
        counts.forEach((label, c) -> byLabel.put(label, new PrecisionRecall(c[0], c[1], c[2])));
        return new SpanScores(byLabel);
    }

    static void count(Set<TokenSpan> gold, Set<TokenSpan> predicted, Map<String, long[]> counts) {
        for (TokenSpan p : predicted) {
            counts.computeIfAbsent(p.label(), k -> new long[3])[gold.contains(p) ? 0 : 1]++;
        }
        for (TokenSpan g : gold) {
            if (!predicted.contains(g)) {
                counts.computeIfAbsent(g.label(), k -> new long[3])[2]++;
            }
        }
    }
}
