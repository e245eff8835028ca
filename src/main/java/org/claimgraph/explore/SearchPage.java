package org.claimgraph.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /explore/search?q=}: papers, methods, benchmarks, metrics, tasks and evidence sentences
 * that contain the words, found through the store's full-text index. The words are searched as
 * one phrase of whole words; {@code explore-search.rq} makes them a Lucene phrase, so query syntax
 * in them is searched for as text.
 */
final class SearchPage {
    static final int MAX_QUERY_LENGTH = 200;
    private static final Map<String, String> GROUPS = groups();

    private SearchPage() {
    }

    private static Map<String, String> groups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("paper", "Papers");
        groups.put("method", "Methods and models");
        groups.put("benchmark", "Benchmarks and datasets");
        groups.put("metric", "Metrics");
        groups.put("task", "Tasks");
        groups.put("claim", "Claims (evidence sentences)");
        return groups;
    }

    static Page render(Queries queries, String q) {
        String words = q == null ? "" : q.strip();
        if (words.isEmpty()) {
            return new Page("Search").html("<h1>Search</h1>\n<p class=\"empty\">Type a name, a title word or a phrase"
                    + " from an evidence sentence into the search box.</p>\n");
        }
        if (words.length() > MAX_QUERY_LENGTH) {
            return new Page("Search").status(400).html("<h1>Search</h1>\n<p class=\"error\">The search text is longer than "
                    + MAX_QUERY_LENGTH + " characters.</p>\n");
        }
        if (words.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return new Page("Search").status(400).html("<h1>Search</h1>\n<p class=\"error\" id=\"no-words\">“").text(words)
                    .html("” has no letters or digits to search for: the search looks up whole words.</p>\n");
        }
        QueryRun run = queries.run("explore-search", Map.of("q", words));
        Page page = new Page("Search: " + words).query(run);
        page.html("<h1>Search results for “").text(words).html("”</h1>\n");
        if (run.isEmpty()) {
            return page.html("<p class=\"empty\" id=\"no-results\">Nothing in the graph contains “").text(words)
                    .html("”.</p>\n");
        }
        for (Map.Entry<String, String> group : GROUPS.entrySet()) {
            List<Row> rows = run.rows().stream().filter(r -> r.get("group").equals(group.getKey())).toList();
            if (!rows.isEmpty()) {
                page.html("<section class=\"results\" id=\"results-" + group.getKey() + "\"><h2>" + group.getValue()
                        + " <span class=\"count\">" + rows.size() + "</span></h2>\n");
                if (group.getKey().equals("claim")) {
                    claims(page, rows, words);
                } else if (group.getKey().equals("paper")) {
                    page.html("<ul class=\"hits\">\n");
                    for (Row r : rows) {
                        page.html("<li><a href=\"" + Html.text(Links.paper(r.get("paper"))) + "\">"
                                + highlight(r.has("title") ? r.get("title") : r.get("paper"), words) + "</a></li>\n");
                    }
                    page.html("</ul>\n");
                } else {
                    page.html("<ul class=\"hits\">\n");
                    for (Row r : rows) {
                        String link = group.getKey().equals("benchmark") ? Links.benchmark(r.get("key")) : Links.entity(r.get("key"));
                        page.html("<li><a href=\"" + Html.text(link) + "\">" + highlight(r.get("label"), words)
                                + "</a> <a class=\"minor\" href=\"" + Html.text(Links.graph(r.get("key"))) + "\">graph</a></li>\n");
                    }
                    page.html("</ul>\n");
                }
                page.html("</section>\n");
            }
        }
        return page;
    }

    /** One item per paper and sentence, with the values the sentence supports. */
    private static void claims(Page page, List<Row> rows, String words) {
        Map<String, List<Row>> bySentence = new LinkedHashMap<>();
        for (Row r : rows) {
            bySentence.computeIfAbsent(r.get("paper") + "\n" + r.get("text"), k -> new ArrayList<>()).add(r);
        }
        page.html("<ul class=\"hits claims\">\n");
        for (List<Row> same : bySentence.values()) {
            Row first = same.get(0);
            page.html("<li><blockquote>" + highlight(first.get("text"), words) + "</blockquote><p class=\"meta\">");
            for (Row r : same) {
                page.html(Format.kindBadge(r.get("kind")) + " <span class=\"value\">" + Html.text(Format.value(r)) + "</span> ");
            }
            page.html("· <a href=\"" + Html.text(Links.paper(first.get("paper"))) + "\">"
                    + Html.text(first.has("title") ? first.get("title") : first.get("paper")) + "</a></p></li>\n");
        }
        page.html("</ul>\n");
    }

    /** {@code text} escaped, with each case-insensitive occurrence of {@code words} in {@code <b class="hit">}. */
    static String highlight(String text, String words) {
        String lowerText = text.toLowerCase(Locale.ROOT);
        String lowerWords = words.toLowerCase(Locale.ROOT);
        if (lowerWords.isEmpty() || lowerText.length() != text.length() || lowerWords.length() != words.length()) {
            return Html.text(text);
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int at = lowerText.indexOf(lowerWords); at >= 0; at = lowerText.indexOf(lowerWords, from)) {
            out.append(Html.text(text.substring(from, at))).append("<b class=\"hit\">")
                    .append(Html.text(text.substring(at, at + words.length()))).append("</b>");
            from = at + words.length();
        }
        return out.append(Html.text(text.substring(from))).toString();
    }
}
