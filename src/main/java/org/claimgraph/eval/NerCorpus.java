package org.claimgraph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A tokenised NER corpus read document by document (a document is the unit within which a name
 * finder may carry memory from sentence to sentence).
 */
public interface NerCorpus {
    /** The file or folder read, for messages. */
    Path source();

    /** Passes each document's sentences, in file order; a malformed line is an {@link EvalException} naming it. */
    void forEachDocument(Consumer<List<LabelledSentence>> action) throws IOException;
}
