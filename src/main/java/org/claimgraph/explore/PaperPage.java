package org.claimgraph.explore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Set;

/**
 * {@code /explore/paper/{id}}: the abstract with each result's evidence marked in its kind's
 * colour, and the paper's claims as a table with confidence and links to their entities.
 */
final class PaperPage {
    private PaperPage() {
    }

    static Page render(QueryRun paper, QueryRun claims) {
        Row p = paper.rows().get(0);
        String id = p.get("id");
        List<Row> own = claims.rows().stream().filter(r -> r.get("paper").equals(id)).toList();
        Page page = new Page(p.has("title") ? p.get("title") : id).query(paper).query(claims);
        page.html("<p class=\"crumbs\"><a href=\"" + Page.ROOT + "\">Explorer</a> › Paper</p>\n<h1>")
                .text(p.has("title") ? p.get("title") : id).html("</h1>\n<p class=\"meta\">");
        page.html("<span class=\"paper-id\">").text(id).html("</span>");
        if (p.has("date")) {
            page.html(" · ").text(p.get("date"));
        }
        if (p.has("authors")) {
            page.html(" · ").text(String.join(", ", p.get("authors").split("\\|")));
        }
        if (p.has("subjects")) {
            page.html(" · ").text(String.join(", ", p.get("subjects").split("\\|")));
        }
        page.html("</p>\n<p class=\"meta\">");
        Set<String> external = new LinkedHashSet<>();
        if (p.get("url").startsWith("https://") || p.get("url").startsWith("http://")) {
            external.add(p.get("url"));
        }
        for (String same : p.get("sameAs").split("\\|")) {
            if (same.startsWith("https://") || same.startsWith("http://")) {
                external.add(same);
            }
        }
        boolean arxivShown = false;
        for (String url : external) {
            boolean arxiv = url.contains("arxiv.org/");
            if (arxiv && arxivShown) {
                continue;
            }
            arxivShown |= arxiv;
            page.html(Links.external(url, arxiv ? "arXiv" : url.startsWith("https://doi.org/") ? "DOI" : url)).html(" · ");
        }
        page.html("<a href=\"" + Html.text(Links.graph(id)) + "\">graph</a></p>\n");

        List<Highlighter.Evidence> evidence = new ArrayList<>();
        int n = 0;
        for (Row r : own) {
            n++;
            if (r.has("evidence")) {
                evidence.add(new Highlighter.Evidence(n, Format.kind(r.get("kind")), r.get("evidence"),
                        offset(r.number("start")), offset(r.number("end"))));
            }
        }
        String abstractText = p.get("abstract");
        List<Highlighter.Span> spans = Highlighter.place(abstractText, evidence);
        page.html("<section id=\"abstract\"><h2>Abstract</h2>\n");
        legend(page, evidence);
        page.html("<p class=\"abstract\">" + Highlighter.markup(abstractText, spans) + "</p>\n");
        if (spans.size() < evidence.size()) {
            page.html("<p class=\"warning\">" + (evidence.size() - spans.size())
                    + " evidence sentence(s) could not be found in the abstract and are not marked.</p>\n");
        }
        page.html("</section>\n");
        claimsTable(page, own, spans);
        return page;
    }

    private static int offset(BigDecimal value) {
        return value == null ? -1 : value.intValue();
    }

    private static void legend(Page page, List<Highlighter.Evidence> evidence) {
        Set<String> kinds = new LinkedHashSet<>();
        evidence.forEach(e -> kinds.add(e.kind()));
        if (kinds.isEmpty()) {
            page.html("<p class=\"empty\">No claim of this paper cites a sentence.</p>\n");
            return;
        }
        page.html("<p class=\"legend\">Evidence for: ");
        for (String kind : kinds) {
            page.html("<mark class=\"kind-" + Highlighter.cssName(kind) + "\">").text(kind).html("</mark> ");
        }
        page.html("</p>\n");
    }

    private static void claimsTable(Page page, List<Row> rows, List<Highlighter.Span> spans) {
        page.html("<section id=\"claims\"><h2>Claims <span class=\"count\">" + rows.size() + "</span></h2>\n");
        if (rows.isEmpty()) {
            page.html("<p class=\"empty\">No claims were extracted from this abstract.</p></section>\n");
            return;
        }
        page.html("<table class=\"data\" id=\"claims-table\"><thead><tr><th class=\"num\">#</th><th>Claim</th><th>Method</th>"
                + "<th>Benchmark</th><th>Metric</th><th class=\"num\">Value</th><th>Kind</th><th>Baseline</th>"
                + "<th class=\"num\">Confidence</th><th>Evidence</th></tr></thead><tbody>\n");
        int n = 0;
        for (Row r : rows) {
            n++;
            boolean proposal = r.get("claimType").equals("proposal");
            String method = proposal ? r.get("proposed") : r.get("method");
            String baseline = r.get("baseline") + (r.has("baselineValue") ? " (" + r.get("baselineValue") + ")" : "");
            page.html("<tr><td class=\"num\">" + n + "</td><td>" + (proposal ? "proposes" : "result") + "</td><td>"
                    + link(Links.entity(method), method) + "</td><td>" + link(Links.benchmark(r.get("benchmark")), r.get("benchmark"))
                    + "</td><td>" + link(Links.entity(r.get("metric")), r.get("metric")) + "</td><td class=\"num value\">"
                    + Html.text(Format.value(r)) + "</td><td>" + (proposal ? "" : Format.kindBadge(r.get("kind")))
                    + "</td><td>" + link(Links.entity(r.get("baseline")), baseline) + "</td><td class=\"num\">"
                    + Html.text(Format.confidence(r)) + "</td><td>"
                    + evidenceLink(r, Highlighter.anchor(spans, n))
                    + "</td></tr>\n");
        }
        page.html("</tbody></table></section>\n");
    }

    private static String evidenceLink(Row r, String anchor) {
        if (!r.has("evidence")) {
            return "";
        }
        return anchor == null ? "<span title=\"" + Html.text(r.get("evidence")) + "\">not in abstract</span>"
                : "<a href=\"#" + anchor + "\" title=\"" + Html.text(r.get("evidence")) + "\">sentence</a>";
    }

    private static String link(String href, String text) {
        return text.isBlank() ? "" : "<a href=\"" + Html.text(href) + "\">" + Html.text(text) + "</a>";
    }
}
