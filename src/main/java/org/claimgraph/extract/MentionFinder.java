package org.claimgraph.extract;

import java.util.List;
import org.claimgraph.nlp.Sentence;

/**
 * Finds typed names (methods, tasks, datasets, metrics) in one sentence. Both the rules and the
 * trained name finder implement it, so the public NER benchmarks can score either the same way.
 */
public interface MentionFinder {
    /** Mentions with offsets into {@code sentence.text()}; they may overlap. */
    List<Mention> find(Sentence sentence);
}
