package org.claimgraph.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One explorer page being written: a body of already-escaped HTML, the queries that produced it
 * (listed at the foot of the page with links into the Fuseki UI) and the HTTP status.
 */
final class Page {
    static final String ROOT = "/explore/";
    static final String STATIC = ROOT + "static/";

    private final String title;
    private final StringBuilder body = new StringBuilder(8192);
    private final List<QueryRun> queries = new ArrayList<>();
    private final List<String> scripts = new ArrayList<>();
    private int status = 200;

    Page(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    /** Appends HTML that the caller has built from escaped values. */
    Page html(String trustedHtml) {
        body.append(trustedHtml);
        return this;
    }

    /** Appends plain text, escaped. */
    Page text(String value) {
        body.append(Html.text(value));
        return this;
    }

    Page query(QueryRun run) {
        queries.add(run);
        return this;
    }

    /** Adds a script served from {@link #STATIC}; the page works without it. */
    Page script(String staticName) {
        scripts.add(staticName);
        return this;
    }

    Page status(int status) {
        this.status = status;
        return this;
    }

    int status() {
        return status;
    }

    String render(String searchText) {
        StringBuilder out = new StringBuilder(body.length() + 4096);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.text(title)).append(" · claimgraph explorer</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(STATIC).append("explore.css\">\n")
                .append("</head>\n<body>\n<header class=\"top\">\n")
                .append("<a class=\"brand\" href=\"").append(ROOT).append("\">claimgraph <span>explorer</span></a>\n")
                .append("<form class=\"search\" action=\"").append(ROOT).append("search\" method=\"get\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" placeholder=\"Search papers, methods, benchmarks, evidence\" value=\"")
                .append(Html.text(searchText)).append("\" aria-label=\"Search\">")
                .append("<button type=\"submit\">Search</button></form>\n")
                .append("<nav><a href=\"/#/dataset/claims/query\">SPARQL</a></nav>\n")
                .append("</header>\n<main>\n")
                .append(body)
                .append(queriesSection())
                .append("</main>\n<footer>Read-only view of the claims graph served at <code>/claims</code>.</footer>\n");
        for (String script : scripts) {
            out.append("<script src=\"").append(STATIC).append(Html.text(script)).append("\"></script>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private String queriesSection() {
        if (queries.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<section class=\"sparql\">\n<h2>SPARQL behind this page</h2>\n");
        for (QueryRun run : queries) {
            out.append("<details><summary><code>queries/").append(Html.text(run.name())).append(".rq</code>");
            run.parameters().forEach((name, value) -> out.append(" <span class=\"param\">")
                    .append(Html.text(name)).append(" = ").append(Html.text(value)).append("</span>"));
            out.append(" · ").append(run.rows().size()).append(run.rows().size() == 1 ? " row" : " rows")
                    .append("</summary>\n<p class=\"links\"><a class=\"fuseki-ui\" href=\"")
                    .append(Html.text(Links.fusekiUi(run.sparql()))).append("\">Open in the Fuseki UI</a> · <a href=\"")
                    .append(Html.text(Links.sparqlEndpoint(run.sparql()))).append("\">Results as SPARQL JSON</a></p>\n")
                    .append("<pre>").append(Html.text(run.sparql())).append("</pre></details>\n");
        }
        return out.append("</section>\n").toString();
    }
}
