package org.claimgraph.explore;

import java.util.Map;

/** {@code /explore/}: a search box and the benchmarks most papers evaluate on. */
final class HomePage {
    private HomePage() {
    }

    static Page render(Queries queries) {
        QueryRun top = queries.runCached("explore-top-benchmarks", Map.of());
        Page page = new Page("Claims explorer").query(top);
        page.html("<h1>Claims explorer</h1>\n<p class=\"lead\">Leaderboards, evidence and the graph of research claims"
                + " extracted from paper abstracts. Every table comes from a SPARQL query shown at the foot of its page.</p>\n")
                .html("<form class=\"search big\" action=\"" + Page.ROOT + "search\" method=\"get\">"
                        + "<input type=\"search\" name=\"q\" placeholder=\"e.g. GSM8K, preference optimization, accuracy\" aria-label=\"Search\">"
                        + "<button type=\"submit\">Search</button></form>\n")
                .html("<h2>Top benchmarks</h2>\n");
        if (top.isEmpty()) {
            return page.html("<p class=\"empty\">The store has no benchmarks yet: load some abstracts first.</p>\n");
        }
        page.html("<table class=\"data\" id=\"top-benchmarks\"><thead><tr><th>Benchmark</th><th class=\"num\">Papers</th>"
                + "<th>Views</th></tr></thead><tbody>\n");
        for (Row row : top.rows()) {
            String name = row.has("benchmark") ? row.get("benchmark") : row.get("key");
            page.html("<tr><td><a href=\"" + Html.text(Links.benchmark(row.get("key"))) + "\">" + Html.text(name)
                    + "</a></td><td class=\"num\">" + Html.text(row.get("papers")) + "</td><td><a href=\""
                    + Html.text(Links.entity(row.get("key"))) + "\">entity</a> · <a href=\""
                    + Html.text(Links.graph(row.get("key"))) + "\">graph</a></td></tr>\n");
        }
        return page.html("</tbody></table>\n");
    }
}
