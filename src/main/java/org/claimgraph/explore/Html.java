package org.claimgraph.explore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * HTML and URL escaping for the explorer's pages: every value that comes from a request or from
 * the store passes through {@link #text} (element content and quoted attribute values) or
 * {@link #pathSegment} / {@link #queryValue} (inside a URL) before it reaches a page.
 */
final class Html {
    private Html() {
    }

    /** Escapes {@code & < > " '} so the value is inert in element content and in quoted attributes. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Percent-encodes a value for a URL query string; spaces become {@code %20}, which every parser reads. */
    static String queryValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Percent-encodes a value as one URL path segment. */
    static String pathSegment(String value) {
        return queryValue(value);
    }
}
