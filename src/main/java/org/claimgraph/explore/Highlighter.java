package org.claimgraph.explore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Marks evidence spans in an abstract: each stretch of text covered by the same set of claims
 * becomes one {@code <mark class="kind-...">}, so claims that cite the same sentence share one mark.
 *
 * <p>Design decision: spans are placed by their stored offsets ({@code oa:start}, {@code oa:end})
 * only when the text there is the stored sentence ({@code oa:exact}); otherwise the sentence is
 * searched for, and a sentence that is not in the abstract is left unmarked rather than marking
 * the wrong words. Offsets are Java {@code char} indexes, as the extractor writes them.
 */
final class Highlighter {
    private Highlighter() {
    }

    /**
     * One claim's evidence.
     *
     * @param claim the claim's number on the page (1-based)
     * @param kind its kind (absolute, improvement, ...), used as a CSS class
     * @param exact the evidence sentence
     * @param start stored start offset, or -1
     * @param end stored end offset, or -1
     */
    record Evidence(int claim, String kind, String exact, int start, int end) {
        Evidence {
            Objects.requireNonNull(exact, "exact");
            kind = kind == null || kind.isBlank() ? "result" : kind.strip().toLowerCase(Locale.ROOT);
        }
    }

    /** A placed span. */
    record Span(int start, int end, Evidence evidence) {
    }

    /** Where each evidence sits in {@code text}; evidence that cannot be found is left out. */
    static List<Span> place(String text, List<Evidence> evidence) {
        List<Span> spans = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.exact().isEmpty()) {
                continue;
            }
            if (e.start() >= 0 && e.end() > e.start() && e.end() <= text.length()
                    && text.substring(e.start(), e.end()).equals(e.exact())) {
                spans.add(new Span(e.start(), e.end(), e));
                continue;
            }
            int found = text.indexOf(e.exact());
            if (found >= 0) {
                spans.add(new Span(found, found + e.exact().length(), e));
            }
        }
        return spans;
    }

    /** {@code text} as escaped HTML with the placed spans marked. */
    static String markup(String text, List<Span> spans) {
        Set<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Span s : spans) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        StringBuilder out = new StringBuilder(text.length() * 2);
        List<Integer> bounds = new ArrayList<>(cuts);
        int i = 0;
        while (i < bounds.size() - 1) {
            int from = bounds.get(i);
            Set<Span> covering = covering(spans, from);
            int j = i + 1;
            while (j < bounds.size() - 1 && covering(spans, bounds.get(j)).equals(covering)) {
                j++;
            }
            int to = bounds.get(j);
            String piece = Html.text(text.substring(from, to));
            if (covering.isEmpty()) {
                out.append(piece);
            } else {
                Set<String> kinds = covering.stream().map(s -> "kind-" + cssName(s.evidence().kind()))
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                String claims = covering.stream().map(s -> Integer.toString(s.evidence().claim()))
                        .collect(Collectors.joining(" "));
                out.append("<mark class=\"").append(String.join(" ", kinds)).append("\" id=\"ev-")
                        .append(covering.iterator().next().evidence().claim()).append("\" data-claims=\"")
                        .append(claims).append("\" title=\"claim ").append(claims.replace(" ", ", ")).append("\">")
                        .append(piece).append("</mark>");
            }
            i = j;
        }
        return out.toString();
    }

    /** The id of the mark where claim {@code claim}'s evidence starts, or null when it is not placed. */
    static String anchor(List<Span> spans, int claim) {
        for (Span s : spans) {
            if (s.evidence().claim() == claim) {
                return "ev-" + covering(spans, s.start()).iterator().next().evidence().claim();
            }
        }
        return null;
    }

    private static Set<Span> covering(List<Span> spans, int offset) {
        Set<Span> covering = new LinkedHashSet<>();
        for (Span s : spans) {
            if (s.start() <= offset && offset < s.end()) {
                covering.add(s);
            }
        }
        return covering;
    }

    static String cssName(String kind) {
        String name = kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        return name.isEmpty() ? "result" : name;
    }
}
