package org.claimgraph.ingest;

import java.io.IOException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** What the line-based readers share: the line reader, the input's name, rejects and the empty-input warning. */
abstract class LineRecordSource implements PaperSource {
    private static final Logger LOG = LogManager.getLogger(LineRecordSource.class);
    protected final LineReader lines;
    protected final String name;
    private final RejectSink rejects;
    private long records;
    private boolean ended;

    LineRecordSource(LineReader lines, String name, RejectSink rejects) {
        this.lines = lines;
        this.name = name;
        this.rejects = rejects;
    }

    @Override
    public final Paper read() {
        if (ended) {
            return null;
        }
        try {
            Paper p = next();
            if (p == null) {
                ended = true;
                if (records == 0) {
                    LOG.warn("{}: no papers in this input", name);
                }
            } else {
                records++;
            }
            return p;
        } catch (IOException e) {
            throw new IngestException(name + ": cannot read near line " + (lines.lineNumber() + 1) + ": "
                    + e.getMessage(), e);
        }
    }

    /** The next paper, reporting bad records through {@link #reject}; {@code null} at the end. */
    protected abstract Paper next() throws IOException;

    protected final void reject(long line, String reason, String text) {
        records++;
        rejects.reject(new Reject(new SourcePosition(name, line), reason, Records.excerpt(text)));
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new IngestException(name + ": cannot close: " + e.getMessage(), e);
        }
    }
}
