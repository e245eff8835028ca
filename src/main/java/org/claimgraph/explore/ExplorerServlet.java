package org.claimgraph.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Dataset;
import org.claimgraph.query.QueryException;
import org.claimgraph.rdf.Names;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claims explorer: server-rendered HTML pages over the served dataset, mounted at
 * {@code /explore/*} next to the SPARQL endpoint.
 *
 * <p>Every page reads the store only through canned queries ({@code queries/explore-*.rq} and the
 * shipped ones) with user values bound by {@code ParameterizedSparqlString}, under the server's
 * query timeout, and shows those queries. Only GET and HEAD are answered; nothing here writes.
 * Pages are plain HTML with a strict Content-Security-Policy; the graph page's script and
 * Cytoscape.js come from the jar, so nothing is fetched from the network.
 */
public final class ExplorerServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ExplorerServlet.class);
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final transient Queries queries;
    private final transient StaticFiles files;

    /**
     * @param dataset the served dataset (union default graph), owned by the caller
     * @param queryTimeout the longest a page's query may run
     */
    public ExplorerServlet(Dataset dataset, Duration queryTimeout) {
        this.queries = new Queries(dataset, queryTimeout);
        this.files = new StaticFiles();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect(Page.ROOT);
            return;
        }
        if (path.startsWith("/static/")) {
            serveFile(path.substring("/static/".length()), response);
            return;
        }
        String search = "";
        Page page;
        try {
            if (path.equals("/")) {
                page = HomePage.render(queries);
            } else if (path.equals("/search")) {
                search = request.getParameter("q") == null ? "" : request.getParameter("q");
                page = SearchPage.render(queries, search);
            } else {
                page = routeNamed(path, request, response);
                if (page == null) {
                    return;
                }
            }
        } catch (QueryException e) {
            boolean timeout = e.getMessage() != null && e.getMessage().contains("did not finish");
            LOG.warn("Explorer page {} failed: {}", path, e.getMessage());
            page = message(timeout ? 503 : 400, timeout ? "Too slow" : "Bad request", timeout
                    ? "The query behind this page took longer than the server's time limit."
                    : e.getMessage());
        }
        sendPage(page, search, response);
    }

    private Page routeNamed(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = path.substring(1).split("/", -1);
        if (parts.length != 2 || parts[1].isBlank()) {
            return notFound("There is no explorer page at this address.");
        }
        String section = parts[0];
        String name = parts[1];
        if (Names.key(name).isEmpty()) {
            return notFound("“" + name + "” has no letters or digits to look a name up by.");
        }
        switch (section) {
            case "benchmark" -> {
                QueryRun entity = BenchmarkPage.benchmarks(queries, name);
                if (entity.isEmpty()) {
                    return notFound("No benchmark or dataset is called “" + name + "”.");
                }
                QueryRun leaderboard = queries.run("explore-leaderboard", Map.of("benchmark", name));
                String metric = request.getParameter("metric");
                if ("csv".equals(request.getParameter("format"))) {
                    byte[] csv = BenchmarkPage.csv(BenchmarkPage.filter(leaderboard, metric)).getBytes(StandardCharsets.UTF_8);
                    response.setContentType("text/csv; charset=utf-8");
                    response.setHeader("Content-Disposition", "attachment; filename=\"leaderboard-"
                            + entity.rows().get(0).get("key") + ".csv\"");
                    response.setHeader("X-Content-Type-Options", "nosniff");
                    response.setContentLength(csv.length);
                    response.getOutputStream().write(csv);
                    return null;
                }
                return BenchmarkPage.render(entity, leaderboard, metric);
            }
            case "paper" -> {
                QueryRun paper = queries.run("explore-paper", Map.of("paper", name));
                if (paper.isEmpty()) {
                    return notFound("No paper has the id or title “" + name + "”.");
                }
                return PaperPage.render(paper, queries.run("paper-claims", Map.of("paper", name)));
            }
            case "entity" -> {
                QueryRun entities = queries.run("explore-entity", Map.of("name", name));
                if (entities.isEmpty()) {
                    return notFound("No method, benchmark, metric or task is called “" + name + "”.");
                }
                return EntityPage.render(entities, queries.run("explore-entity-papers", Map.of("name", name)),
                        queries.run("explore-entity-results", Map.of("name", name)));
            }
            case "graph" -> {
                QueryRun neighbourhood = queries.run("explore-neighbourhood", Map.of("node", name));
                if (neighbourhood.isEmpty()) {
                    return notFound("No paper or entity called “" + name + "” has any edges.");
                }
                return GraphPage.render(name, neighbourhood);
            }
            default -> {
                return notFound("There is no explorer page at this address.");
            }
        }
    }

    private static Page notFound(String why) {
        return message(404, "Not found", why);
    }

    private static Page message(int status, String title, String text) {
        return new Page(title).status(status).html("<h1>" + Html.text(title) + "</h1>\n<p class=\"error\">")
                .text(text).html("</p>\n<p><a href=\"" + Page.ROOT + "\">Back to the explorer</a></p>\n");
    }

    private static void sendPage(Page page, String search, HttpServletResponse response) throws IOException {
        byte[] html = page.render(search).getBytes(StandardCharsets.UTF_8);
        response.setStatus(page.status());
        response.setContentType("text/html; charset=utf-8");
        securityHeaders(response);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(html.length);
        response.getOutputStream().write(html);
    }

    private void serveFile(String name, HttpServletResponse response) throws IOException {
        StaticFiles.File file = files.get(name);
        if (file == null) {
            sendPage(notFound("There is no file here."), "", response);
            return;
        }
        response.setContentType(file.contentType());
        securityHeaders(response);
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(file.bytes().length);
        response.getOutputStream().write(file.bytes());
    }

    private static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
