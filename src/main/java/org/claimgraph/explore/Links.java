package org.claimgraph.explore;

import java.util.regex.Pattern;
import org.claimgraph.rdf.Names;
import org.claimgraph.serve.ClaimServer;

/** URLs of explorer pages and of the Fuseki UI and endpoint, built from escaped parts. */
final class Links {
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final String DATASET = ClaimServer.DATASET_NAME;

    private Links() {
    }

    /** A paper's page: by its id when the id is a plain path segment, else by its id's key. */
    static String paper(String id) {
        return Page.ROOT + "paper/" + Html.pathSegment(pageName(id));
    }

    static String entity(String name) {
        return Page.ROOT + "entity/" + Html.pathSegment(pageName(name));
    }

    static String benchmark(String name) {
        return Page.ROOT + "benchmark/" + Html.pathSegment(pageName(name));
    }

    static String graph(String nameOrId) {
        return Page.ROOT + "graph/" + Html.pathSegment(pageName(nameOrId));
    }

    static String search(String q) {
        return Page.ROOT + "search?q=" + Html.queryValue(q);
    }

    /**
     * The Fuseki UI's query editor with {@code sparql} filled in: the UI reads a {@code query}
     * parameter from its hash route ({@code #/dataset/NAME/query?query=...}).
     */
    static String fusekiUi(String sparql) {
        return "/#/dataset" + DATASET + "/query?query=" + Html.queryValue(sparql);
    }

    /** The SPARQL endpoint's GET form, which answers with SPARQL results JSON. */
    static String sparqlEndpoint(String sparql) {
        return DATASET + "/sparql?query=" + Html.queryValue(sparql);
    }

    /** An outbound link (arXiv, DOI, a knowledge base): escaped, and opened without telling the target where from. */
    static String external(String url, String text) {
        return "<a class=\"external\" href=\"" + Html.text(url) + "\" rel=\"noopener noreferrer\">" + Html.text(text) + "</a>";
    }

    private static String pageName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (PLAIN_ID.matcher(stripped).matches()) {
            return stripped;
        }
        String key = Names.key(stripped);
        return key.isEmpty() ? stripped : key;
    }
}
