package org.claimgraph.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One input record: a paper's title and abstract with the metadata the source gave.
 * {@code abstractText} is the abstract exactly as read (LaTeX leftovers included), so that evidence
 * offsets point into what the user supplied; cleaning happens in {@code nlp} with an offset map.
 *
 * @param id the record's own id, else the slug of the title (see {@link PaperIds})
 * @param date publication or update date as given (ISO yyyy-mm-dd where known), or null
 * @param url landing page, or null
 */
public record Paper(String id, String title, String abstractText, List<String> authors, String date,
                    String url, List<String> categories, SourcePosition source) {
    public Paper {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        Objects.requireNonNull(source, "source");
        if (id.isBlank()) {
            throw new IllegalArgumentException("paper id is blank (" + source + ")");
        }
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** A paper with only the fields every format has; the id is the slug of the title. */
    public static Paper of(String title, String abstractText, SourcePosition source) {
        return new Paper(PaperIds.slug(title), title, abstractText, List.of(), null, null, List.of(), source);
    }
}
