package org.claimgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.serve.ClaimServer;
import org.claimgraph.store.ClaimStore;

/**
 * How fast the explorer's pages answer on a store: serves it on an ephemeral loopback port and
 * times each page over HTTP, as a browser would wait for it (query, rendering and transfer).
 *
 * <p>Design decision: unless pages are given, they are found by following the explorer's own
 * links (the home page's top benchmark, its leaderboard's first paper and method), so the bench
 * runs on any store, synthetic or real, without knowing its names.
 */
public final class PageBench {
    private static final Pattern BENCHMARK_LINK = Pattern.compile("href=\"(/explore/benchmark/[^\"?]+)\"");
    private static final Pattern PAPER_LINK = Pattern.compile("href=\"(/explore/paper/[^\"?]+)\"");
    private static final Pattern ENTITY_LINK = Pattern.compile("href=\"(/explore/entity/[^\"?]+)\"");
    private static final Pattern H1 = Pattern.compile("<h1>(.*?)</h1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    private PageBench(URI base) {
        this.base = base;
    }

    /**
     * The timings of one page.
     *
     * @param page the path and query asked for
     * @param status the HTTP status of the last answer
     * @param bytes the size of the last answer's body
     * @param firstMs the first (cold) request
     * @param millis the timed requests after it, in order
     */
    public record Timing(String page, int status, long bytes, double firstMs, List<Double> millis) {
        public Timing {
            Objects.requireNonNull(page, "page");
            millis = List.copyOf(millis);
            if (millis.isEmpty()) {
                throw new IllegalArgumentException("no timed requests for " + page);
            }
        }

        public double medianMs() {
            return percentile(0.5);
        }

        public double p95Ms() {
            return percentile(0.95);
        }

        private double percentile(double p) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int rank = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
        }
    }

    /**
     * Serves {@code store} with the explorer and times each page {@code runs} times after one
     * untimed request; with no {@code pages}, the pages are found from the home page's links.
     */
    public static List<Timing> run(ClaimStore store, List<String> pages, int runs, Duration queryTimeout, PrintWriter progress)
            throws IOException, InterruptedException {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        ClaimServer server = ClaimServer.builder().dataset(store.dataset()).port(0).explorer(true)
                .queryTimeout(queryTimeout).build().start();
        try {
            PageBench bench = new PageBench(server.baseUri());
            List<String> chosen = pages.isEmpty() ? bench.discover() : pages;
            List<Timing> timings = new ArrayList<>();
            for (String page : chosen) {
                progress.println("timing " + page);
                progress.flush();
                timings.add(bench.time(page, runs));
            }
            return timings;
        } finally {
            server.stop();
        }
    }

    /** Home, search, a leaderboard, a paper, two entities and two graphs, found by following links. */
    private List<String> discover() throws IOException, InterruptedException {
        List<String> pages = new ArrayList<>(List.of("/explore/"));
        String home = get("/explore/").body();
        String benchmark = first(BENCHMARK_LINK, home);
        if (benchmark == null) {
            return pages;
        }
        String leaderboard = get(benchmark).body();
        String benchmarkName = text(first(H1, leaderboard, 1));
        String paper = first(PAPER_LINK, leaderboard);
        String method = first(ENTITY_LINK, leaderboard);
        pages.add("/explore/search?q=" + URLEncoder.encode(benchmarkName, StandardCharsets.UTF_8));
        if (paper != null) {
            String title = text(first(H1, get(paper).body(), 1));
            String[] words = title.replaceAll("[^\\p{L}\\p{N} ]", " ").strip().split("\\s+");
            String phrase = String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - 2), words.length));
            pages.add("/explore/search?q=" + URLEncoder.encode(phrase, StandardCharsets.UTF_8));
        }
        pages.add(benchmark);
        if (paper != null) {
            pages.add(paper);
        }
        if (method != null) {
            pages.add(method);
        }
        String key = benchmark.substring("/explore/benchmark/".length());
        pages.add("/explore/entity/" + key);
        pages.add("/explore/graph/" + key);
        if (paper != null) {
            pages.add("/explore/graph/" + paper.substring("/explore/paper/".length()));
        }
        return pages;
    }

    private Timing time(String page, int runs) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> last = get(page);
        double first = (System.nanoTime() - start) / 1e6;
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            start = System.nanoTime();
            last = get(page);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return new Timing(page, last.statusCode(), last.body().getBytes(StandardCharsets.UTF_8).length, first, millis);
    }

    private HttpResponse<String> get(String page) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(page)).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String first(Pattern pattern, String html) {
        return first(pattern, html, 1);
    }

    private static String first(Pattern pattern, String html, int group) {
        Matcher m = pattern.matcher(html);
        return m.find() ? m.group(group) : null;
    }

    private static String text(String html) {
        if (html == null) {
            return "";
        }
        return TAG.matcher(html).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").strip();
    }

    /** A table with one line per page (status, bytes, first, median and p95 ms), then one line of JSON. */
    public static String report(List<Timing> timings) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-60s %6s %9s %9s %9s %9s%n",
                "page", "status", "bytes", "first ms", "median ms", "p95 ms"));
        Map<String, Object> json = new LinkedHashMap<>();
        for (Timing t : timings) {
            out.append(String.format(Locale.ROOT, "%-60s %6d %9d %9.0f %9.0f %9.0f%n", t.page(), t.status(), t.bytes(),
                    t.firstMs(), t.medianMs(), t.p95Ms()));
            json.put(t.page(), Map.of("status", t.status(), "median_ms", Math.round(t.medianMs()),
                    "p95_ms", Math.round(t.p95Ms()), "first_ms", Math.round(t.firstMs())));
        }
        try {
            out.append(new ObjectMapper().writeValueAsString(json)).append('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
