package org.claimgraph.ingest;

import java.util.List;
import java.util.regex.Pattern;

/** The checks every format applies before a record becomes a {@link Paper}. */
final class Records {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Records() {
    }

    /**
     * A paper from a record's fields, or the reason it cannot be one. A blank or missing {@code id}
     * falls back to the slug of the title.
     */
    static Paper paper(String id, String title, String abstractText, List<String> authors, String date,
                       String url, List<String> categories, SourcePosition where) throws BadRecordException {
        if (title == null || title.isBlank()) {
            throw new BadRecordException("missing or blank title");
        }
        if (abstractText == null || abstractText.isBlank()) {
            throw new BadRecordException("missing or blank abstract");
        }
        if (title.length() > PaperReaders.MAX_TITLE_CHARS) {
            throw new BadRecordException("title longer than " + PaperReaders.MAX_TITLE_CHARS + " chars ("
                    + title.length() + ")");
        }
        if (abstractText.length() > PaperReaders.MAX_ABSTRACT_CHARS) {
            throw new BadRecordException("abstract longer than " + PaperReaders.MAX_ABSTRACT_CHARS + " chars ("
                    + abstractText.length() + ")");
        }
        String paperId = id == null ? "" : id.strip();
        if (paperId.isEmpty()) {
            paperId = PaperIds.slug(title);
            if (paperId.isEmpty()) {
                throw new BadRecordException("no id, and the title has no letters a-z or digits to make one from");
            }
        }
        return new Paper(paperId, title.strip(), abstractText.strip(), authors, date, url, categories, where);
    }

    /** Collapses every whitespace run, hard line wraps included, to one space and strips the ends. */
    static String unwrap(String text) {
        return text == null ? null : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** The start of a record's text for a reject report. */
    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= PaperReaders.EXCERPT_CHARS) {
            return text;
        }
        int end = PaperReaders.EXCERPT_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "...";
    }
}
