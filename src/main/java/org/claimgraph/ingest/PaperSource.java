package org.claimgraph.ingest;

/**
 * A closeable pull stream of papers from one input.
 *
 * <p>Design decision: like OpenNLP's {@code ObjectStream} this is not an {@link java.util.Iterator}.
 * Reading may fail part-way (I/O) and must release a file handle, so {@code read} returns
 * {@code null} at the end instead of needing a look-ahead {@code hasNext}, and the source is
 * {@link AutoCloseable}. Malformed records never surface here: they go to the {@link RejectSink}
 * the source was opened with.
 */
public interface PaperSource extends AutoCloseable {
    /** The next paper, or {@code null} when the input is exhausted. */
    Paper read();

    @Override
    void close();
}
