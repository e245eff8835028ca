package org.claimgraph.eval;

import java.util.List;
import org.claimgraph.extract.TokenSpan;

/** A tokenised sentence of an NER corpus with its gold names. */
public record LabelledSentence(List<String> tokens, List<TokenSpan> names) {
    public LabelledSentence {
        tokens = List.copyOf(tokens);
        names = List.copyOf(names);
        for (TokenSpan s : names) {
            if (s.end() > tokens.size()) {
                throw new IllegalArgumentException("name " + s + " runs past the sentence's " + tokens.size() + " tokens");
            }
        }
    }
}
