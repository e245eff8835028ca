package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.claimgraph.infer.Entailment;
import org.claimgraph.infer.InferenceDatasets;
import org.claimgraph.serve.ClaimServer;
import org.claimgraph.serve.ServeException;
import org.claimgraph.store.ClaimStore;

/** Starts a {@link ClaimServer} over a store, prints where it is, and blocks until interrupted. */
final class Serving {
    private Serving() {
    }

    /** Takes ownership of {@code store}: it is closed when the server stops or fails to start. */
    static void serveUntilStopped(ClaimStore store, ServeOptions options, PrintWriter out, boolean examples) {
        ClaimServer server;
        Entailment entailment = options.infer;
        try {
            if (entailment != Entailment.NONE && options.adminPassword != null && !options.adminPassword.isEmpty()) {
                throw new ServeException("--infer " + entailment.name().toLowerCase(Locale.ROOT) + " serves a read-only "
                        + "view; serve without an admin password (or without --infer) to allow updates");
            }
            server = options.configure(ClaimServer.builder()
                    .dataset(InferenceDatasets.view(store.dataset(), entailment))).build().start();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }, "claimgraph-shutdown"));
        String base = server.baseUri().toString();
        String sparql = server.datasetUri() + "/sparql";
        out.println();
        out.println("claimgraph is serving the claims graph:");
        out.println("  Fuseki UI       " + base + "#/dataset/claims/query");
        out.println("  Explorer        " + server.baseUri().resolve(ClaimServer.EXPLORER_PATH));
        out.println("  SPARQL query    " + sparql);
        out.println("  Graph Store     " + server.datasetUri() + "/get  (read)");
        out.println("  SPARQL update   " + (server.updatesEnabled()
                ? server.datasetUri() + "/update  (user admin)"
                : "disabled (start with --admin-password or " + ServeOptions.PASSWORD_ENV + ")"));
        out.println("  Description     " + server.baseUri().resolve(ClaimServer.DESCRIPTION_PATH) + "  (VoID + DCAT)");
        out.println("  query timeout   " + server.queryTimeout().toMillis() / 1000.0 + " s");
        if (entailment != Entailment.NONE) {
            out.println("  entailment      " + entailment.name().toLowerCase(Locale.ROOT)
                    + " (ontology/claimgraph.ttl + ontology/alignments.ttl)");
        }
        if (examples) {
            out.println();
            out.println("Two example queries (or paste the SPARQL into the UI):");
            out.println("  # benchmarks by number of papers evaluating on them");
            out.println("  curl -s " + sparql + " -H 'Accept: text/csv' --data-urlencode 'query="
                    + "PREFIX cg: <https://w3id.org/claimgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT (SAMPLE(?label) AS ?benchmark) (COUNT(DISTINCT ?paper) AS ?papers) WHERE { ?paper a cg:Paper ; "
                    + "cg:evaluatedOn ?b . ?b rdfs:label ?label } GROUP BY ?b ORDER BY DESC(?papers) LIMIT 10'");
            out.println("  # the GSM8K leaderboard: method, value, kind, paper");
            out.println("  curl -s " + sparql + " -H 'Accept: text/csv' --data-urlencode 'query="
                    + "PREFIX cg: <https://w3id.org/claimgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT (SAMPLE(?m) AS ?method) ?value ?kind ?paper WHERE { ?c cg:benchmark/cg:matchKey \"gsm8k\" ; "
                    + "cg:value ?value ; cg:kind ?kind ; cg:statedIn ?paper . OPTIONAL { ?c cg:method/rdfs:label ?m } } GROUP BY ?c ?value ?kind ?paper ORDER BY DESC(?value)'");
            out.println("  (with the server stopped: ./claimgraph query --db DIR leaderboard --param benchmark=GSM8K)");
        }
        out.println();
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
    }
}
