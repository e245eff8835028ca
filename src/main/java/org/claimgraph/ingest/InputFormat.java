package org.claimgraph.ingest;

/** The input formats claimgraph reads; {@link #AUTO} detects one from the content. */
public enum InputFormat {
    AUTO,
    /** The Hugging Face "Daily Papers" page saved as text: chrome lines, then title / blank / abstract blocks. */
    DAILY_PAPERS,
    /** JSON Lines with id, title, abstract and optional authors, date, url, categories. */
    JSONL,
    /** The arXiv metadata snapshot JSON Lines (id, title, abstract, authors, categories, update_date). */
    ARXIV,
    /** A folder of .txt files: first line title, the rest abstract. */
    TXT_DIR
}
