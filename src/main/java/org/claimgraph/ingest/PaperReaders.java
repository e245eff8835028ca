package org.claimgraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens inputs as {@link PaperSource}s. (Minimal first version: the ingest stage adds every format and detection.) */
public final class PaperReaders {
    private PaperReaders() {
    }

    public static PaperSource open(Path input, InputFormat format, RejectSink rejects) {
        try {
            return new DailyPapersReader(Files.newBufferedReader(input, StandardCharsets.UTF_8), input.toString());
        } catch (IOException e) {
            throw new IngestException("cannot open " + input + ": " + e.getMessage(), e);
        }
    }
}
