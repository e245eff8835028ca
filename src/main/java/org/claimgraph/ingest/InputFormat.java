package org.claimgraph.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

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
    TXT_DIR;

    /** The name used on the command line ({@code --input-format daily-papers}). */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The format an option value names, case-insensitive, '-' or '_' alike. */
    public static InputFormat fromOptionName(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (InputFormat f : values()) {
            if (f.optionName().equals(wanted)) {
                return f;
            }
        }
        throw new IngestException("unknown input format '" + value + "'; expected one of "
                + Arrays.stream(values()).map(InputFormat::optionName).collect(Collectors.joining(", ")));
    }
}
