package org.claimgraph.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/** The paper id rule of CLAIMS-SCHEMA.md: lowercase, runs of characters other than a-z0-9 become one hyphen, trimmed. */
public final class PaperIds {
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private PaperIds() {
    }

    public static String slug(String title) {
        String s = NON_ALNUM.matcher(title.toLowerCase(Locale.ROOT)).replaceAll("-");
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '-') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '-') {
            to--;
        }
        return s.substring(from, to);
    }
}
