package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only the link package may talk HTTP to other servers: every other command stays offline. The
 * benchmarks are the one exception, because they measure a ClaimServer they start themselves on
 * 127.0.0.1 (ClaimServer's default host) and talk to nothing else.
 */
class OfflineByDefaultTest {
    private static final List<String> CLIENT_APIS = List.of("java.net.http", "HttpURLConnection", "QueryExecutionHTTP",
            "RDFConnectionRemote", "sparqlService(");

    @Test
    void noHttpClientOutsideTheLinkAndBenchPackages() throws IOException {
        Path main = Path.of("src/main/java/org/claimgraph");
        Set<String> offenders = new TreeSet<>();
        boolean linkUsesIt;
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                boolean allowed = f.startsWith(main.resolve("link")) || f.startsWith(main.resolve("bench"));
                if (!allowed && CLIENT_APIS.stream().anyMatch(text::contains)) {
                    offenders.add(main.relativize(f).toString());
                }
            }
        }
        linkUsesIt = Files.readString(main.resolve("link/SparqlLookupService.java"), StandardCharsets.UTF_8)
                .contains("java.net.http.HttpClient");
        assertTrue(offenders.isEmpty(), "HTTP clients outside org.claimgraph.link: " + offenders);
        assertTrue(linkUsesIt, "the scan looks for the right thing");
    }
}
