package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.MentionFinder;
import org.claimgraph.extract.TokenSpan;
import org.claimgraph.nlp.OpenNlpAnalyzer;
import org.claimgraph.nlp.Sentence;
import org.claimgraph.nlp.Token;

/**
 * A {@link MentionFinder} (character offsets, our entity types) seen as an {@link NerTagger}
 * (token spans, a benchmark's labels): the sentence is POS-tagged as given, each mention becomes
 * the tokens it overlaps, and its type is renamed by {@code labels}; unlisted types are dropped.
 */
public record MentionTagger(OpenNlpAnalyzer analyzer, MentionFinder finder, Map<EntityType, String> labels)
        implements NerTagger {
    /** Our types under SciERC's labels (benchmarks and datasets are SciERC's Material). */
    public static final Map<EntityType, String> SCIERC_LABELS = Map.of(EntityType.TASK, "Task",
            EntityType.METHOD, "Method", EntityType.MODEL, "Method", EntityType.FRAMEWORK, "Method",
            EntityType.METRIC, "Metric", EntityType.DATASET, "Material", EntityType.BENCHMARK, "Material");
    /** Our types under TDMSci's labels. */
    public static final Map<EntityType, String> TDMSCI_LABELS = Map.of(EntityType.TASK, "TASK",
            EntityType.METRIC, "METRIC", EntityType.DATASET, "DATASET", EntityType.BENCHMARK, "DATASET");

    public MentionTagger {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(finder, "finder");
        labels = Map.copyOf(labels);
    }

    @Override
    public List<List<TokenSpan>> tag(List<List<String>> document) {
        List<List<TokenSpan>> out = new ArrayList<>(document.size());
        for (List<String> words : document) {
            Sentence sentence = analyzer.tagTokens(words);
            List<TokenSpan> spans = new ArrayList<>();
            for (Mention m : finder.find(sentence)) {
                String label = labels.get(m.type());
                if (label != null && m.end() > m.start()) {
                    spans.add(new TokenSpan(tokenAt(sentence, m.start()), tokenAt(sentence, m.end() - 1) + 1, label));
                }
            }
            out.add(spans);
        }
        return out;
    }

    private static int tokenAt(Sentence sentence, int offset) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (offset < tokens.get(i).end()) {
                return i;
            }
        }
        return tokens.size() - 1;
    }
}
