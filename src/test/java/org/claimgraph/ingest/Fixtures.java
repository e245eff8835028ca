package org.claimgraph.ingest;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test fixtures of the ingest stage and a way to drain a source. */
final class Fixtures {
    private Fixtures() {
    }

    /** A file or folder under {@code src/test/resources/} as a path. */
    static Path resource(String name) {
        URL url = Fixtures.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a source to the end and closes it. */
    static List<Paper> readAll(PaperSource source) {
        List<Paper> papers = new ArrayList<>();
        try (source) {
            for (Paper p = source.read(); p != null; p = source.read()) {
                papers.add(p);
            }
        }
        return papers;
    }

    static List<Paper> readAll(Path input, InputFormat format, List<Reject> rejects) {
        return readAll(PaperReaders.open(input, format, rejects::add));
    }

    static List<String> titles(List<Paper> papers) {
        return papers.stream().map(Paper::title).toList();
    }
}
