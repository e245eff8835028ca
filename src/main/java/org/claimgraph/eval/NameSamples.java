package org.claimgraph.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import org.claimgraph.extract.TokenSpan;

/**
 * An NER corpus as OpenNLP training samples. Nested names (a few in SciERC) keep the longest
 * outer one, since the BIO coding has one label per token; each document's first sentence clears
 * the name finder's document memory.
 */
public final class NameSamples {
    private NameSamples() {
    }

    /** The samples of all {@code corpora}, in order; the corpora are small (a few MB), so this holds them. */
    public static ObjectStream<NameSample> of(List<NerCorpus> corpora) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (NerCorpus corpus : corpora) {
            corpus.forEachDocument(document -> {
                boolean first = true;
                for (LabelledSentence s : document) {
                    samples.add(new NameSample(s.tokens().toArray(String[]::new), outermost(s.names()), first));
                    first = false;
                }
            });
        }
        return new CollectionObjectStream<>(samples);
    }

    static Span[] outermost(List<TokenSpan> names) {
        List<TokenSpan> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(TokenSpan::start)
                .thenComparing(Comparator.comparingInt(TokenSpan::end).reversed()));
        List<Span> kept = new ArrayList<>();
        int end = -1;
        for (TokenSpan n : sorted) {
            if (n.start() >= end) {
                kept.add(new Span(n.start(), n.end(), n.label()));
                end = n.end();
            }
        }
        return kept.toArray(Span[]::new);
    }
}
