package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real TDB2 store in a temp folder behind a real Fuseki on an ephemeral loopback port, spoken to over HTTP. */
class ClaimServerIT {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String GRAPH_A = CG.ID + "graph/paper-a";
    private static final String GRAPH_B = CG.ID + "graph/paper-b";
    private static final String PAPER_A = CG.ID + "paper/a";
    private static final String PAPER_B = CG.ID + "paper/b";
    private static final String NEW_GRAPH = CG.ID + "graph/added";
    private static final String INSERT = "INSERT DATA { GRAPH <" + NEW_GRAPH + "> { <" + CG.ID
            + "paper/c> <" + RDFS.label.getURI() + "> \"added over HTTP\" } }";
    private static final String SELECT_ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dbDir;

    private Dataset dataset;
    private final List<ClaimServer> servers = new ArrayList<>();

    @BeforeEach
    void seedStore() {
        dataset = TDB2Factory.connectDataset(dbDir.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> {
            Model a = dataset.getNamedModel(GRAPH_A);
            a.add(a.createResource(PAPER_A), RDF.type, CG.Paper);
            a.add(a.createResource(PAPER_A), RDFS.label, "Paper A");
            Model b = dataset.getNamedModel(GRAPH_B);
            b.add(b.createResource(PAPER_B), RDF.type, CG.Paper);
        });
    }

    @AfterEach
    void stopServersAndStore() {
        servers.forEach(ClaimServer::stop);
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    private ClaimServer serve(String adminPassword, Duration queryTimeout) {
        ClaimServer server = ClaimServer.builder()
                .dataset(dataset)
                .port(0)
                .adminPassword(adminPassword)
                .queryTimeout(queryTimeout)
                .build();
        servers.add(server);
        return server.start();
    }

    private ClaimServer serveWritable() {
        return serve(PASSWORD, ClaimServer.DEFAULT_QUERY_TIMEOUT);
    }

    @Test
    void selectOverSparqlEndpointReturnsTheSeededTriplesFromAllNamedGraphs() throws Exception {
        ClaimServer server = serve(null, ClaimServer.DEFAULT_QUERY_TIMEOUT);

        HttpResponse<String> response = send(query(server, "claims/sparql", SELECT_ALL));

        assertEquals(200, response.statusCode(), response.body());
        Set<List<String>> expected = Set.of(
                List.of(PAPER_A, RDF.type.getURI(), CG.Paper.getURI()),
                List.of(PAPER_A, RDFS.label.getURI(), "Paper A"),
                List.of(PAPER_B, RDF.type.getURI(), CG.Paper.getURI()));
        assertEquals(expected, rows(response.body()));
    }

    @Test
    void queryAnswersOnEveryQueryEndpointName() throws Exception {
        ClaimServer server = serve(null, ClaimServer.DEFAULT_QUERY_TIMEOUT);
        for (String path : List.of("claims", "claims/query", "claims/sparql")) {
            HttpResponse<String> response = send(query(server, path, "SELECT ?s WHERE { ?s a <" + CG.Paper.getURI() + "> }"));
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            assertEquals(2, rows(response.body()).size(), path);
        }
    }

    @Test
    void graphStoreReadReturnsOneNamedGraph() throws Exception {
        ClaimServer server = serve(null, ClaimServer.DEFAULT_QUERY_TIMEOUT);
        URI uri = server.datasetUri().resolve("claims/get?graph=" + encode(GRAPH_A));

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri)
                .header("Accept", "application/n-triples").GET());

        assertEquals(200, response.statusCode(), response.body());
        Model served = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.NTRIPLES).parse(served);
        Model stored = Txn.calculateRead(dataset,
                () -> ModelFactory.createDefaultModel().add(dataset.getNamedModel(GRAPH_A)));
        assertEquals(2, served.size());
        assertTrue(served.isIsomorphicWith(stored));
    }

    @Test
    void updateWithoutCredentialsIsRefusedAndChangesNothing() throws Exception {
        ClaimServer server = serveWritable();
        long before = storedTriples();

        assertEquals(401, send(update(server, "claims/update", INSERT)).statusCode());
        assertRefused(send(update(server, "claims", INSERT)));
        assertRefused(send(formUpdate(server, "claims", INSERT)));
        assertEquals(401, send(putTurtle(server, "claims/data", NEW_GRAPH)).statusCode());
        assertRefused(send(putTurtle(server, "claims/get", NEW_GRAPH)));
        assertRefused(send(putTurtle(server, "claims", NEW_GRAPH)));

        assertEquals(before, storedTriples());
        assertFalse(graphExists(NEW_GRAPH));
    }

    @Test
    void updateAsAdminWithThePasswordIsAppliedAndVisible() throws Exception {
        ClaimServer server = serveWritable();

        HttpResponse<String> response = send(update(server, "claims/update", INSERT)
                .header("Authorization", basic(ClaimServer.ADMIN_USER, PASSWORD)));

        assertEquals(204, response.statusCode(), response.body());
        assertTrue(graphExists(NEW_GRAPH));
        HttpResponse<String> seen = send(query(server, "claims/sparql",
                "SELECT ?s ?p ?o WHERE { GRAPH <" + NEW_GRAPH + "> { ?s ?p ?o } }"));
        assertEquals(Set.of(List.of(CG.ID + "paper/c", RDFS.label.getURI(), "added over HTTP")), rows(seen.body()));
    }

    @Test
    void crossSiteBrowserWriteIsRefusedEvenWithCachedCredentials() throws Exception {
        ClaimServer server = serveWritable();
        String credentials = basic(ClaimServer.ADMIN_USER, PASSWORD);
        String ownOrigin = "http://127.0.0.1:" + server.port();

        HttpResponse<String> crossSite = send(formUpdate(server, "claims/update", INSERT)
                .header("Authorization", credentials).header("Origin", "https://evil.example"));
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        assertFalse(graphExists(NEW_GRAPH));

        HttpResponse<String> sameSite = send(formUpdate(server, "claims/update", INSERT)
                .header("Authorization", credentials).header("Origin", ownOrigin));
        assertEquals(200, sameSite.statusCode(), sameSite.body());
        assertTrue(graphExists(NEW_GRAPH));
    }

    @Test
    void loopbackServerRefusesRequestsForForeignHostNames() throws Exception {
        ClaimServer server = serve(null, ClaimServer.DEFAULT_QUERY_TIMEOUT);
        String path = "/claims/sparql?query=" + encode("ASK {}");

        assertEquals(403, rawGetStatus(server.port(), path, "rebound.example:" + server.port()));
        assertEquals(200, rawGetStatus(server.port(), path, "localhost:" + server.port()));
        assertEquals(200, rawGetStatus(server.port(), path, "127.0.0.1:" + server.port()));
    }

    /** The JDK client will not send a forged Host header, so this one speaks HTTP/1.1 itself. */
    private static int rawGetStatus(int port, String path, String hostHeader) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
            socket.setSoTimeout(30_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String statusLine = reader.readLine();
            assertTrue(statusLine != null && statusLine.startsWith("HTTP/1.1 "), String.valueOf(statusLine));
            reader.transferTo(Writer.nullWriter());
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    @Test
    void graphStoreWriteAsAdminIsApplied() throws Exception {
        ClaimServer server = serveWritable();

        HttpResponse<String> response = send(putTurtle(server, "claims/data", NEW_GRAPH)
                .header("Authorization", basic(ClaimServer.ADMIN_USER, PASSWORD)));

        assertEquals(201, response.statusCode(), response.body());
        assertTrue(graphExists(NEW_GRAPH));
    }

    @Test
    void wrongPasswordOrOtherUserIsRefused() throws Exception {
        ClaimServer server = serveWritable();
        long before = storedTriples();

        assertEquals(401, send(update(server, "claims/update", INSERT)
                .header("Authorization", basic(ClaimServer.ADMIN_USER, PASSWORD + "x"))).statusCode());
        assertRefused(send(update(server, "claims/update", INSERT)
                .header("Authorization", basic("bob", PASSWORD))));

        assertEquals(before, storedTriples());
    }

    @Test
    void withoutAdminPasswordUpdatesAreRefusedEvenWithCredentials() throws Exception {
        ClaimServer server = serve(null, ClaimServer.DEFAULT_QUERY_TIMEOUT);
        long before = storedTriples();
        String credentials = basic(ClaimServer.ADMIN_USER, PASSWORD);

        assertFalse(server.updatesEnabled());
        assertRefused(send(update(server, "claims/update", INSERT).header("Authorization", credentials)));
        assertRefused(send(update(server, "claims", INSERT).header("Authorization", credentials)));
        assertRefused(send(putTurtle(server, "claims/data", NEW_GRAPH).header("Authorization", credentials)));
        assertRefused(send(putTurtle(server, "claims", NEW_GRAPH).header("Authorization", credentials)));

        assertEquals(before, storedTriples());
        Set<String> serviceTypes = serviceTypes(serverDescription(server));
        assertTrue(serviceTypes.contains("query"), serviceTypes.toString());
        assertFalse(serviceTypes.contains("update"), serviceTypes.toString());
        assertFalse(serviceTypes.contains("gsp-rw"), serviceTypes.toString());
    }

    @Test
    void rootServesTheFusekiUiAndItsScripts() throws Exception {
        ClaimServer server = serve(null, ClaimServer.DEFAULT_QUERY_TIMEOUT);

        HttpResponse<String> index = send(HttpRequest.newBuilder(server.baseUri()).GET());

        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(index.body().contains("<div id=\"app\">"), index.body());
        Matcher script = Pattern.compile("<script[^>]*src=\"\\./([^\"]+)\"").matcher(index.body());
        assertTrue(script.find(), "index.html names its script");
        HttpResponse<String> js = send(HttpRequest.newBuilder(server.baseUri().resolve(script.group(1))).GET());
        assertEquals(200, js.statusCode(), script.group(1));
        assertTrue(js.body().contains("$/server"), "the UI script asks $/server for the datasets");
    }

    @Test
    void readOnlyAdminEndpointsTheUiCallsAnswer() throws Exception {
        ClaimServer server = serve(null, ClaimServer.DEFAULT_QUERY_TIMEOUT);

        JsonNode description = serverDescription(server);
        assertEquals("/claims", description.path("datasets").path(0).path("ds.name").asText());
        assertEquals(200, send(HttpRequest.newBuilder(server.baseUri().resolve("$/ping")).GET()).statusCode());
        HttpResponse<String> stats = send(HttpRequest.newBuilder(server.baseUri().resolve("$/stats/claims")).GET());
        assertEquals(200, stats.statusCode());
        assertTrue(JSON.readTree(stats.body()).path("datasets").has("/claims"), stats.body());
        HttpResponse<String> tasks = send(HttpRequest.newBuilder(server.baseUri().resolve("$/tasks")).GET());
        assertEquals(200, tasks.statusCode());
        assertTrue(JSON.readTree(tasks.body()).isArray());
    }

    @Test
    void adminWriteOperationsAreNotRouted() throws Exception {
        ClaimServer server = serveWritable();
        String credentials = basic(ClaimServer.ADMIN_USER, PASSWORD);

        assertRefused(send(HttpRequest.newBuilder(server.baseUri().resolve("$/datasets/claims"))
                .header("Authorization", credentials).DELETE()));
        assertRefused(send(HttpRequest.newBuilder(server.baseUri().resolve("$/datasets"))
                .header("Authorization", credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("dbName=other&dbType=mem"))));
        assertRefused(send(HttpRequest.newBuilder(server.baseUri().resolve("$/backup/claims"))
                .header("Authorization", credentials).POST(HttpRequest.BodyPublishers.noBody())));
        assertRefused(send(HttpRequest.newBuilder(server.baseUri().resolve("$/compact/claims"))
                .header("Authorization", credentials).POST(HttpRequest.BodyPublishers.noBody())));

        assertEquals(1, serverDescription(server).path("datasets").size());
        assertEquals(200, send(query(server, "claims/sparql", SELECT_ALL)).statusCode());
    }

    @Test
    void longQueryIsCutByTheServerTimeoutAndClientCannotRaiseIt() throws Exception {
        Txn.executeWrite(dataset, () -> {
            Model generated = dataset.getNamedModel(CG.ID + "graph/generated");
            Property p = generated.createProperty(CG.ID + "p");
            for (int i = 0; i < 200; i++) {
                Resource s = generated.createResource(CG.ID + "node/" + i);
                generated.addLiteral(s, p, i);
            }
        });
        ClaimServer server = serve(null, Duration.ofSeconds(1));
        String crossJoin = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + CG.ID + "graph/generated> {"
                + " ?a ?p ?w . ?b ?p ?x . ?c ?p ?y . ?d ?p ?z } }";

        HttpResponse<String> cut = send(query(server, "claims/sparql", crossJoin));
        HttpResponse<String> raised = send(query(server, "claims/sparql?timeout=3600", crossJoin));

        assertEquals(503, cut.statusCode(), cut.body());
        assertTrue(cut.body().toLowerCase(java.util.Locale.ROOT).contains("timed out"), cut.body());
        assertEquals(503, raised.statusCode(), raised.body());
        assertEquals(200, send(query(server, "claims/sparql", SELECT_ALL)).statusCode());
    }

    @Test
    void portInUseGivesServeExceptionNamingPortAndHost() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            ClaimServer server = ClaimServer.builder().dataset(dataset).port(port).build();
            servers.add(server);

            ServeException e = assertThrows(ServeException.class, server::start);

            assertEquals("port " + port + " on 127.0.0.1 is already in use; choose another with --port", e.getMessage());
        }
    }

    @Test
    void startedServerReportsItsEphemeralPortAndLoopbackUri() {
        ClaimServer server = serve(null, ClaimServer.DEFAULT_QUERY_TIMEOUT);

        assertTrue(server.port() > 0);
        assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/"), server.baseUri());
        assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/claims"), server.datasetUri());
        assertTrue(server.uiEnabled());
    }

    /**
     * One client, so one connection, per request: after refusing a request Jetty may drop the
     * connection without saying so, and the JDK client does not retry a POST on a dropped one.
     */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder query(ClaimServer server, String path, String sparql) {
        return HttpRequest.newBuilder(server.baseUri().resolve(path))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(sparql, StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder update(ClaimServer server, String path, String sparql) {
        return HttpRequest.newBuilder(server.baseUri().resolve(path))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparql, StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder formUpdate(ClaimServer server, String path, String sparql) {
        return HttpRequest.newBuilder(server.baseUri().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(sparql), StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder putTurtle(ClaimServer server, String path, String graph) {
        String turtle = "<" + CG.ID + "paper/d> <" + RDFS.label.getURI() + "> \"put over HTTP\" .";
        return HttpRequest.newBuilder(server.baseUri().resolve(path + "?graph=" + encode(graph)))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle, StandardCharsets.UTF_8));
    }

    private static JsonNode serverDescription(ClaimServer server) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.baseUri().resolve("$/server")).GET());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static Set<String> serviceTypes(JsonNode description) {
        Set<String> types = new HashSet<>();
        description.path("datasets").path(0).path("ds.services")
                .forEach(service -> types.add(service.path("srv.type").asText()));
        return types;
    }

    private static void assertRefused(HttpResponse<String> response) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, "expected a 4xx refusal, got " + status + ": " + response.body());
    }

    private static Set<List<String>> rows(String sparqlJson) throws IOException {
        Set<List<String>> rows = new HashSet<>();
        JsonNode root = JSON.readTree(sparqlJson);
        List<String> vars = new ArrayList<>();
        root.path("head").path("vars").forEach(v -> vars.add(v.asText()));
        for (JsonNode binding : root.path("results").path("bindings")) {
            List<String> row = new ArrayList<>();
            vars.forEach(v -> row.add(binding.path(v).path("value").asText()));
            rows.add(row);
        }
        return rows;
    }

    private long storedTriples() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }

    private boolean graphExists(String graph) {
        return Txn.calculateRead(dataset, () -> dataset.containsNamedModel(graph));
    }

    private static String basic(String user, String password) {
        String token = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
