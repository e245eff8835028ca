package org.claimgraph.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.ParameterizedSparqlString;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.ingest.Paper;
import org.claimgraph.rdf.ClaimsJson;
import org.claimgraph.rdf.Provenance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's search over the full-text index, on the bundled data served over HTTP, with loads while serving. */
class SearchIT {
    private static final Provenance PROV = new Provenance("claimgraph-rules", "0.1.0", Instant.parse("2026-07-28T12:00:00Z"));
    private static final Path GOLDEN_CLAIMS = Path.of("src/test/resources/golden/baseline-value/claims.json");

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

    private static HttpResponse<String> search(String words) throws Exception {
        return served.get("/explore/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    }

    private static String section(String html, String id) {
        Matcher m = Pattern.compile("<section[^>]*id=\"" + id + "\".*?</section>", Pattern.DOTALL).matcher(html);
        return m.find() ? m.group() : "";
    }

    private static PaperClaims paper(String id, String title, String abstractText) {
        PaperClaims c = ClaimsJson.read(GOLDEN_CLAIMS);
        Paper p = c.paper();
        return new PaperClaims(new Paper(id, title, abstractText, p.authors(), p.date(), p.url(), p.categories(), p.source()),
                c.proposes(), c.tasks(), c.benchmarks(), c.metrics(), c.results());
    }

    @Test
    void aWordOnlyInAnEvidenceSentenceFindsThePaperThroughItsClaim() throws Exception {
        List<String> evidence = served.evidenceOf(ServedBundledData.CPL_ID);
        String word = evidence.stream().flatMap(s -> Arrays.stream(s.split("[^\\p{L}]+")))
                .filter(w -> !ServedBundledData.CPL_TITLE.toLowerCase(Locale.ROOT).contains(w.toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
        HttpResponse<String> page = search(word);
        assertEquals(200, page.statusCode());
        String claims = section(page.body(), "results-claim");
        assertTrue(claims.contains("href=\"/explore/paper/" + ServedBundledData.CPL_ID + "\""), word + ": " + claims);
        assertTrue(claims.contains("<b class=\"hit\">"), "the word is highlighted in the sentence");
    }

    @Test
    void reloadingAPaperWithChangedTextDropsItsOldHits() throws Exception {
        served.store.load(List.of(paper("quokka-paper", "Quokka Planning for Marsupial Reasoning",
                "We propose quokka planning. It raises accuracy on GSM-8K from 92.50% to 94.76% over GRPO.")).iterator(), PROV);
        String papers = section(search("quokka planning").body(), "results-paper");
        assertEquals(1, papers.split("href=\"/explore/paper/quokka-paper\"", -1).length - 1,
                "once, though its title and abstract both match: " + papers);

        served.store.load(List.of(paper("quokka-paper", "Wombat Planning for Marsupial Reasoning",
                "We propose wombat planning. It raises accuracy on GSM-8K from 92.50% to 94.76% over GRPO.")).iterator(), PROV);
        HttpResponse<String> old = search("quokka");
        assertEquals(200, old.statusCode());
        assertTrue(old.body().contains("id=\"no-results\""), old.body());
        assertTrue(section(search("wombat").body(), "results-paper").contains("/explore/paper/quokka-paper"));
    }

    @Test
    void luceneSyntaxInTheWordsIsSearchedAsTextNeverAnError() throws Exception {
        for (String words : List.of("foo:bar (", "GSM8K (", "title:(x", "\"unbalanced", "back\\slash", "a AND OR NOT",
                "*", "?ab*", "+-&&||!(){}[]^~*?:/", "GSM8K~2", "[1 TO 5]", "\\", "\"\"", "((((")) {
            HttpResponse<String> page = search(words);
            assertTrue(page.statusCode() == 200 || page.statusCode() == 400, words + " -> " + page.statusCode());
            assertFalse(page.body().contains("Internal"), words);
            if (page.statusCode() == 400) {
                assertTrue(page.body().contains("id=\"no-words\""), words + ": " + page.body());
            }
        }
        assertTrue(section(search("GSM8K (").body(), "results-benchmark").contains("href=\"/explore/benchmark/gsm8k\""));
        assertEquals(400, search("+-&&||!(){}[]^~*?:/").statusCode());
    }

    @Test
    void aNameKeyFindsTheEntityAsTheOldSubstringSearchDid() throws Exception {
        assertTrue(section(search("gsm-8k").body(), "results-benchmark").contains("href=\"/explore/benchmark/gsm8k\""));
    }

    private static int gsm8kPapersOnTheHomePage() throws Exception {
        Matcher row = Pattern.compile("href=\"/explore/benchmark/gsm8k\">[^<]*</a></td><td class=\"num\">(\\d+)</td>")
                .matcher(served.get("/explore/").body());
        assertTrue(row.find(), "GSM8K on the home page");
        return Integer.parseInt(row.group(1));
    }

    @Test
    void theHomePagesRememberedCountsFollowALoadMadeWhileServing() throws Exception {
        int before = gsm8kPapersOnTheHomePage();
        assertEquals(before, gsm8kPapersOnTheHomePage(), "the same answer while nothing changes");
        served.store.load(List.of(paper("counted-paper", "Counting Papers", "We propose counting. It raises accuracy on"
                + " GSM-8K from 92.50% to 94.76% over GRPO.")).iterator(), PROV);
        assertEquals(before + 1, gsm8kPapersOnTheHomePage());
    }

    @Test
    void theSparqlEndpointAnswersTextQueries() throws Exception {
        ParameterizedSparqlString query = new ParameterizedSparqlString("PREFIX text: <http://jena.apache.org/text#>"
                + " PREFIX dcterms: <http://purl.org/dc/terms/>"
                + " SELECT DISTINCT ?id WHERE { ?paper text:query (dcterms:title ?words 10) . ?paper dcterms:identifier ?id }");
        query.setLiteral("words", "\"Critical Plan Step Learning\"");
        HttpResponse<String> response = served.http.send(HttpRequest.newBuilder(served.uri("/claims/sparql?query="
                        + URLEncoder.encode(query.toString(), StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        var bindings = new ObjectMapper().readTree(response.body()).path("results").path("bindings");
        assertEquals(1, bindings.size(), response.body());
        assertEquals(ServedBundledData.CPL_ID, bindings.get(0).path("id").path("value").asText());
    }
}
