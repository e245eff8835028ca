package org.claimgraph.nlp;

import java.util.List;
import java.util.Objects;
import org.claimgraph.ingest.Paper;

/** A paper's abstract after cleaning, sentence detection, tokenisation and POS tagging. */
public record AnalyzedText(Paper paper, CleanText clean, List<Sentence> sentences) {
    public AnalyzedText {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(clean, "clean");
        sentences = List.copyOf(sentences);
    }

    /** The cleaned abstract the sentence and token offsets point into. */
    public String text() {
        return clean.text();
    }
}
