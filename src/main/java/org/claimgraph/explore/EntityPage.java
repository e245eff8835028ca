package org.claimgraph.explore;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /explore/entity/{name}}: what a method, benchmark, metric or task is called, which papers
 * propose, evaluate on, address or compare against it, and the results it takes part in.
 */
final class EntityPage {
    private EntityPage() {
    }

    /** The external items {@code claimgraph link} matched, each an outbound link (Wikidata, DBpedia, ORKG, ...). */
    private static void externalLinks(Page page, String iris, String relation) {
        List<String> links = new ArrayList<>();
        for (String iri : iris.split("\\|")) {
            if (iri.startsWith("https://") || iri.startsWith("http://")) {
                links.add(Links.external(iri, iri.replaceFirst("^https?://(www\\.)?", "")));
            }
        }
        if (!links.isEmpty()) {
            page.html("<br><span class=\"external-links\">" + relation + " ").html(String.join(", ", links)).html("</span>");
        }
    }

    static Page render(QueryRun entities, QueryRun papers, QueryRun results) {
        Row first = entities.rows().get(0);
        Page page = new Page(first.get("label")).query(entities).query(papers).query(results);
        page.html("<p class=\"crumbs\"><a href=\"" + Page.ROOT + "\">Explorer</a> › Entity</p>\n");
        page.html("<h1>").text(first.get("label")).html("</h1>\n");
        for (Row e : entities.rows()) {
            List<String> labels = new ArrayList<>(List.of(e.get("labels").split("\\|")));
            labels.removeIf(l -> l.isEmpty() || l.equals(e.get("label")));
            page.html("<p class=\"meta entity\"><span class=\"types\">").text(e.get("types").replace(" ", ", ")).html("</span>");
            if (entities.rows().size() > 1) {
                page.html(" <b>").text(e.get("label")).html("</b>");
            }
            if (!labels.isEmpty()) {
                page.html(" · also written ").text(String.join(", ", labels));
            }
            if (e.get("types").contains("Benchmark") || e.get("types").contains("Dataset")) {
                page.html(" · <a href=\"" + Html.text(Links.benchmark(e.get("key"))) + "\">leaderboard</a>");
            }
            page.html(" · <a href=\"" + Html.text(Links.graph(e.get("key"))) + "\">graph</a> · <code class=\"iri\">")
                    .text(e.get("entity")).html("</code>");
            externalLinks(page, e.get("exactMatches"), "same as");
            externalLinks(page, e.get("closeMatches"), "close to");
            page.html("</p>\n");
        }
        page.html("<section id=\"papers\"><h2>Papers <span class=\"count\">" + papers.rows().size() + "</span></h2>\n");
        if (papers.isEmpty()) {
            page.html("<p class=\"empty\">No paper mentions it.</p>\n");
        } else {
            page.html("<table class=\"data\"><thead><tr><th>Role</th><th>Paper</th></tr></thead><tbody>\n");
            for (Row r : papers.rows()) {
                page.html("<tr><td>").text(r.get("role")).html("</td><td><a href=\"" + Html.text(Links.paper(r.get("paper"))) + "\">")
                        .text(r.has("title") ? r.get("title") : r.get("paper")).html("</a></td></tr>\n");
            }
            page.html("</tbody></table>\n");
        }
        page.html("</section>\n<section id=\"results\"><h2>Results <span class=\"count\">" + results.rows().size()
                + "</span></h2>\n");
        if (results.isEmpty()) {
            return page.html("<p class=\"empty\">No result claim names it.</p></section>\n");
        }
        page.html("<table class=\"data\"><thead><tr><th>As</th><th>Method</th><th>Benchmark</th><th>Metric</th>"
                + "<th class=\"num\">Value</th><th>Kind</th><th>Baseline</th><th>Paper</th></tr></thead><tbody>\n");
        for (Row r : results.rows()) {
            page.html("<tr><td>" + Html.text(r.get("role")) + "</td><td>" + link(Links.entity(r.get("method")), r.get("method"))
                    + "</td><td>" + link(Links.benchmark(r.get("benchmark")), r.get("benchmark")) + "</td><td>"
                    + Html.text(r.get("metric")) + "</td><td class=\"num value\">" + Html.text(Format.value(r)) + "</td><td>"
                    + Format.kindBadge(r.get("kind")) + "</td><td>" + link(Links.entity(r.get("baseline")), r.get("baseline"))
                    + "</td><td>" + link(Links.paper(r.get("paper")), r.has("title") ? r.get("title") : r.get("paper"))
                    + "</td></tr>\n");
        }
        return page.html("</tbody></table></section>\n");
    }

    private static String link(String href, String text) {
        return text.isBlank() ? "" : "<a href=\"" + Html.text(href) + "\">" + Html.text(text) + "</a>";
    }
}
