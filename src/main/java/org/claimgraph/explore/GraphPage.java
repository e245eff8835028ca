package org.claimgraph.explore;

import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code /explore/graph/{name-or-id}}: the neighbourhood of a paper or entity drawn with
 * Cytoscape.js (served from the jar), and the same edges as a table for readers without script.
 */
final class GraphPage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GraphPage() {
    }

    static Page render(String name, QueryRun neighbourhood) {
        Page page = new Page("Graph: " + name).query(neighbourhood).script("cytoscape.min.js").script("graph.js");
        page.html("<p class=\"crumbs\"><a href=\"" + Page.ROOT + "\">Explorer</a> › Graph</p>\n<h1>Neighbourhood of ")
                .text(centerLabel(neighbourhood, name)).html("</h1>\n")
                .html("<p class=\"legend\"><span class=\"dot paper\"></span>paper <span class=\"dot method\"></span>method"
                        + " <span class=\"dot benchmark\"></span>benchmark <span class=\"dot metric\"></span>metric"
                        + " <span class=\"dot task\"></span>task · click a node to open its page</p>\n")
                .html("<div id=\"graph\" class=\"graph\" aria-label=\"graph of the neighbourhood\"></div>\n")
                .html("<script type=\"application/json\" id=\"graph-data\">" + json(neighbourhood) + "</script>\n")
                .html("<section id=\"edges\"><h2>Edges <span class=\"count\">" + neighbourhood.rows().size() + "</span></h2>\n")
                .html("<table class=\"data\"><thead><tr><th>From</th><th>Edge</th><th>To</th></tr></thead><tbody>\n");
        for (Row r : neighbourhood.rows()) {
            page.html("<tr><td>" + nodeLink(r, "source") + "</td><td>" + Html.text(r.get("edge")) + "</td><td>"
                    + nodeLink(r, "target") + "</td></tr>\n");
        }
        return page.html("</tbody></table></section>\n");
    }

    private static String centerLabel(QueryRun run, String fallback) {
        for (Row r : run.rows()) {
            for (String end : new String[] {"source", "target"}) {
                if (r.get(end).equals(r.get("center"))) {
                    return r.get(end + "Label");
                }
            }
        }
        return fallback;
    }

    static String href(String kind, String key) {
        if (key.isEmpty()) {
            return "";
        }
        return switch (kind) {
            case "paper" -> Links.paper(key);
            case "benchmark" -> Links.benchmark(key);
            default -> Links.entity(key);
        };
    }

    private static String nodeLink(Row r, String end) {
        String href = href(r.get(end + "Kind"), r.get(end + "Key"));
        String label = r.has(end + "Label") ? r.get(end + "Label") : r.get(end);
        return "<span class=\"dot " + Html.text(r.get(end + "Kind")) + "\"></span>"
                + (href.isEmpty() ? Html.text(label) : "<a href=\"" + Html.text(href) + "\">" + Html.text(label) + "</a>");
    }

    /** Nodes and edges for graph.js; {@code <}, {@code >} and {@code &} escaped so the JSON cannot end its script element. */
    static String json(QueryRun run) {
        Map<String, ObjectNode> nodes = new LinkedHashMap<>();
        ArrayNode edges = JSON.createArrayNode();
        for (Row r : run.rows()) {
            for (String end : new String[] {"source", "target"}) {
                nodes.computeIfAbsent(r.get(end), iri -> {
                    ObjectNode node = JSON.createObjectNode();
                    node.put("id", iri);
                    node.put("label", r.has(end + "Label") ? r.get(end + "Label") : iri);
                    node.put("kind", r.get(end + "Kind"));
                    node.put("href", href(r.get(end + "Kind"), r.get(end + "Key")));
                    node.put("center", iri.equals(r.get("center")));
                    return node;
                });
            }
            ObjectNode edge = edges.addObject();
            edge.put("source", r.get("source"));
            edge.put("target", r.get("target"));
            edge.put("label", r.get("edge"));
        }
        ObjectNode graph = JSON.createObjectNode();
        graph.putArray("nodes").addAll(nodes.values());
        graph.set("edges", edges);
        try {
            return JSON.writeValueAsString(graph).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the graph as JSON", e);
        }
    }
}
