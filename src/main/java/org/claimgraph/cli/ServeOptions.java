package org.claimgraph.cli;

import java.time.Duration;
import org.claimgraph.infer.Entailment;
import org.claimgraph.serve.ClaimServer;
import picocli.CommandLine.Option;

/** Server options shared by {@code serve} and {@code demo}. */
final class ServeOptions {
    static final String PASSWORD_ENV = "CLAIMGRAPH_ADMIN_PASSWORD";

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ClaimServer.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only). 0.0.0.0 exposes the server to the network.")
    String host;

    @Option(names = "--admin-password", paramLabel = "PASSWORD", defaultValue = "${env:" + PASSWORD_ENV + "}",
            description = "Password of user 'admin' for SPARQL update and uploads (or set " + PASSWORD_ENV
                    + "). Without one, the server is read-only.")
    String adminPassword;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--infer", paramLabel = "ENTAILMENT", defaultValue = "none",
            description = "${COMPLETION-CANDIDATES}; rdfs answers queries written in ML-Schema, schema.org, FaBiO, PROV-O, "
                    + "DCMI Terms, ORKG or Linked Papers With Code terms (ontology/alignments.ttl) by RDFS reasoning "
                    + "at query time, read-only (default: ${DEFAULT-VALUE}).")
    Entailment infer;

    ClaimServer.Builder configure(ClaimServer.Builder b) {
        return b.host(host).port(port).explorer(true)
                .adminPassword(adminPassword == null || adminPassword.isEmpty() ? null : adminPassword)
                .queryTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
    }
}
