package org.claimgraph.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer over the bundled data, fetched over HTTP from a real server on an ephemeral loopback port. */
class ExplorerIT {
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    @TempDir
    static Path dir;

    private static ServedBundledData served;

    @BeforeAll
    static void serve() {
        served = new ServedBundledData(dir);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void gsm8kLeaderboardListsCplsImprovementApartFromAbsoluteScores() throws Exception {
        HttpResponse<String> page = served.get("/explore/benchmark/GSM8K");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        List<String> improvements = rows(table(page.body(), "table-relative"));
        assertTrue(improvements.stream().anyMatch(r -> r.contains("Critical Plan Step Learning") && r.contains("+10.5%")
                && r.contains(ServedBundledData.CPL_TITLE)), String.join("\n", improvements));
        List<String> absolute = rows(table(page.body(), "table-absolute"));
        assertFalse(absolute.isEmpty());
        assertTrue(absolute.stream().noneMatch(r -> r.contains("Critical Plan Step Learning")), String.join("\n", absolute));
        assertTrue(page.body().contains("<svg class=\"chart\""), "a bar chart");
    }

    @Test
    void benchmarkNamesMatchByKeySoGsmDash8kIsGsm8k() throws Exception {
        HttpResponse<String> byAlias = served.get("/explore/benchmark/gsm-8k");
        HttpResponse<String> byName = served.get("/explore/benchmark/GSM8K");
        assertEquals(200, byAlias.statusCode());
        assertEquals(h1(byName.body()), h1(byAlias.body()));
        assertEquals(rows(table(byName.body(), "table-relative")), rows(table(byAlias.body(), "table-relative")));
    }

    @Test
    void leaderboardCsvAndMetricFilterAgreeWithTheTable() throws Exception {
        HttpResponse<String> csv = served.get("/explore/benchmark/gsm8k?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<CSVRecord> records = parseCsv(csv.body());
        assertTrue(records.stream().anyMatch(r -> r.get("method").equals("Critical Plan Step Learning")
                && r.get("value").equals("10.5") && r.get("kind").equals("improvement")));
        int tableRows = rows(table(served.get("/explore/benchmark/gsm8k").body(), "table-relative")).size()
                + rows(table(served.get("/explore/benchmark/gsm8k").body(), "table-absolute")).size();
        assertEquals(tableRows, records.size());

        List<CSVRecord> accuracy = parseCsv(served.get("/explore/benchmark/gsm8k?format=csv&metric=Accuracy").body());
        assertFalse(accuracy.isEmpty());
        assertTrue(accuracy.size() < records.size());
        assertTrue(accuracy.stream().allMatch(r -> r.get("metric").equalsIgnoreCase("accuracy")));
    }

    @Test
    void paperPageMarksExactlyTheEvidenceSentences() throws Exception {
        HttpResponse<String> page = served.get("/explore/paper/" + ServedBundledData.CPL_ID);
        assertEquals(200, page.statusCode());
        Matcher abstractText = Pattern.compile("<p class=\"abstract\">(.*?)</p>", Pattern.DOTALL).matcher(page.body());
        assertTrue(abstractText.find());
        Matcher mark = Pattern.compile("<mark class=\"kind-([a-z-]+)[^\"]*\"[^>]*>(.*?)</mark>", Pattern.DOTALL)
                .matcher(abstractText.group(1));
        List<String> marked = new ArrayList<>();
        while (mark.find()) {
            assertEquals("improvement", mark.group(1));
            marked.add(unescape(mark.group(2)));
        }
        List<String> evidence = served.evidenceOf(ServedBundledData.CPL_ID);
        assertFalse(evidence.isEmpty());
        assertEquals(new HashSet<>(evidence), new HashSet<>(marked));
        String confidence = served.confidenceOf(ServedBundledData.CPL_ID, "GSM8K");
        assertTrue(rows(table(page.body(), "claims-table")).stream().anyMatch(r -> r.contains("GSM8K") && r.contains("+10.5%")
                && r.contains(confidence)), confidence);
    }

    @Test
    void searchForGsm8kFindsCplsClaims() throws Exception {
        HttpResponse<String> page = served.get("/explore/search?q=GSM8K");
        assertEquals(200, page.statusCode());
        String claims = section(page.body(), "results-claim");
        assertTrue(claims.contains("href=\"/explore/paper/" + ServedBundledData.CPL_ID + "\""), claims);
        assertTrue(claims.contains("+10.5%"));
        assertTrue(section(page.body(), "results-benchmark").contains("href=\"/explore/benchmark/gsm8k\""));
    }

    @Test
    void hostileInputComesBackEscaped() throws Exception {
        HttpResponse<String> search = served.get("/explore/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%27");
        assertEquals(200, search.statusCode());
        assertFalse(search.body().contains("<script>alert"), search.body());
        assertTrue(search.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;"));
        assertTrue(search.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));

        HttpResponse<String> path = served.get("/explore/entity/%3Cscript%3Ealert(1)%22");
        assertEquals(404, path.statusCode());
        assertFalse(path.body().contains("<script>alert"), path.body());
        assertTrue(path.body().contains("&lt;script&gt;alert(1)&quot;"));
    }

    @Test
    void unknownNamesGetA404Page() throws Exception {
        for (String path : List.of("/explore/entity/no-such-method-anywhere", "/explore/benchmark/no-such-benchmark",
                "/explore/paper/0000.00000", "/explore/graph/nothing-called-this", "/explore/nowhere", "/explore/entity/!!!")) {
            HttpResponse<String> page = served.get(path);
            assertEquals(404, page.statusCode(), path);
            assertTrue(page.body().contains("<h1>Not found</h1>"), path);
        }
    }

    @Test
    void entityPageFindsAMethodByItsAlias() throws Exception {
        HttpResponse<String> page = served.get("/explore/entity/CPL");
        assertEquals(200, page.statusCode());
        assertTrue(h1(page.body()).contains("Critical Plan Step Learning"), h1(page.body()));
        String papers = section(page.body(), "papers");
        assertTrue(papers.contains("proposes") && papers.contains(ServedBundledData.CPL_TITLE), papers);
        assertTrue(section(page.body(), "results").contains("+10.5%"));
    }

    @Test
    void graphPageCarriesTheNeighbourhoodAsJsonAndATable() throws Exception {
        HttpResponse<String> page = served.get("/explore/graph/gsm8k");
        assertEquals(200, page.statusCode());
        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"graph-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(data.find());
        var graph = new ObjectMapper().readTree(data.group(1));
        List<String> labels = new ArrayList<>();
        graph.path("nodes").forEach(n -> labels.add(n.path("label").asText()));
        assertTrue(labels.stream().anyMatch(l -> l.equalsIgnoreCase("GSM8K")) && labels.contains("Critical Plan Step Learning")
                && labels.contains(ServedBundledData.CPL_TITLE), labels.toString());
        assertTrue(graph.path("edges").size() >= 3);
        assertTrue(page.body().contains("src=\"/explore/static/cytoscape.min.js\""));
        HttpResponse<String> cytoscape = served.get("/explore/static/cytoscape.min.js");
        assertEquals(200, cytoscape.statusCode());
        assertTrue(cytoscape.body().length() > 100_000);
        int traversal = served.get("/explore/static/..%2F..%2Flog4j2.xml").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "status " + traversal);
        assertEquals(404, served.get("/explore/static/log4j2.xml").statusCode());
    }

    @Test
    void theShownSparqlIsTheQueryThatFilledTheTable() throws Exception {
        String body = served.get("/explore/benchmark/gsm8k").body();
        Matcher link = Pattern.compile("<a href=\"(/claims/sparql\\?query=[^\"]+)\">").matcher(body);
        String leaderboardLink = null;
        while (link.find()) {
            if (URLDecoder.decode(unescape(link.group(1)), StandardCharsets.UTF_8).contains("cg:benchmark")) {
                leaderboardLink = unescape(link.group(1));
            }
        }
        assertTrue(leaderboardLink != null, "a link to the leaderboard query");
        HttpResponse<String> results = served.http.send(HttpRequest.newBuilder(served.uri(leaderboardLink))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, results.statusCode());
        int bindings = new ObjectMapper().readTree(results.body()).path("results").path("bindings").size();
        int tableRows = rows(table(body, "table-relative")).size() + rows(table(body, "table-absolute")).size();
        assertEquals(tableRows, bindings);
        Matcher ui = Pattern.compile("<a class=\"fuseki-ui\" href=\"(/#/dataset/claims/query\\?query=[^\"]+)\">").matcher(body);
        assertTrue(ui.find());
    }

    @Test
    void nothingCanBeWritten() throws Exception {
        HttpResponse<String> post = served.http.send(HttpRequest.newBuilder(served.uri("/explore/search?q=x"))
                .POST(HttpRequest.BodyPublishers.ofString("q=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        HttpResponse<String> home = served.get("/explore");
        assertEquals(302, home.statusCode());
        assertEquals(200, served.get("/explore/").statusCode());
    }

    private static String table(String html, String id) {
        Matcher m = Pattern.compile("<table[^>]*id=\"" + id + "\".*?</table>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "table " + id);
        return m.group();
    }

    private static String section(String html, String id) {
        Matcher m = Pattern.compile("<section[^>]*id=\"" + id + "\".*?</section>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "section " + id);
        return m.group();
    }

    private static List<String> rows(String table) {
        List<String> rows = new ArrayList<>();
        Matcher m = ROW.matcher(table);
        while (m.find()) {
            if (!m.group(1).contains("<th")) {
                rows.add(unescape(TAG.matcher(m.group(1)).replaceAll(" ")).replaceAll("\\s+", " ").strip());
            }
        }
        return rows;
    }

    private static String h1(String html) {
        Matcher m = Pattern.compile("<h1>(.*?)</h1>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find());
        return unescape(TAG.matcher(m.group(1)).replaceAll(""));
    }

    private static List<CSVRecord> parseCsv(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
