package org.claimgraph.nlp;

import org.claimgraph.ingest.Paper;

/**
 * The NLP stage: cleans a paper's abstract and splits it into tagged sentences. Implementations
 * may be shared between threads (OpenNLP's models are; its {@code *ME} classes are not, so an
 * implementation keeps one per thread).
 */
public interface TextAnalyzer {
    AnalyzedText analyze(Paper paper);
}
