package org.claimgraph.export;

/** {@code export --graph ID} names a paper the store does not hold. */
public class NoSuchPaperException extends ExportException {
    private static final long serialVersionUID = 1L;

    public NoSuchPaperException(String paperId) {
        super("no paper with id '" + paperId + "' in the store (ids are the dcterms:identifier of each paper:"
                + " an arXiv id or the slug of the title, as 'export --format claims-jsonl' lists them)");
    }
}
