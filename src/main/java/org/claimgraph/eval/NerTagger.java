package org.claimgraph.eval;

import java.util.List;
import org.claimgraph.extract.TokenSpan;

/** Labels names in the tokenised sentences of one document, with a benchmark's own labels. */
@FunctionalInterface
public interface NerTagger {
    List<List<TokenSpan>> tag(List<List<String>> document);
}
