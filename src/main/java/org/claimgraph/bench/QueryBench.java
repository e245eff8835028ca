package org.claimgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.claimgraph.ClaimGraphException;
import org.claimgraph.query.CannedQuery;
import org.claimgraph.query.QueryService;
import org.claimgraph.rdf.CG;
import org.claimgraph.serve.ClaimServer;

/**
 * Times the leaderboard query on a loaded store: in process through {@link QueryService}, one query
 * at a time, and over HTTP against the real {@link ClaimServer} with concurrent clients in bounded
 * loops.
 *
 * <p>Design decision: it queries the benchmarks with the most results, not a random sample. Those
 * are the leaderboards people open, and the largest ones, so the percentiles are the worst case
 * rather than an average flattered by the many benchmarks named once.
 */
public final class QueryBench {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final double HTTP_WARMUP_SECONDS = 5;

    private QueryBench() {
    }

    /**
     * Runs the leaderboard benchmark on {@code ds} (opened with the union default graph, as
     * claimgraph opens stores); progress goes to {@code log}.
     *
     * @throws ClaimGraphException the store has no result claims on any benchmark
     */
    public static QueryBenchReport run(Dataset ds, QueryBenchSettings settings, PrintWriter log) {
        Objects.requireNonNull(ds, "ds");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(log, "log");
        double loadBefore = loadAverage();
        long papers = papers(ds);
        List<String> keys = busiestBenchmarks(ds, settings.benchmarks());
        if (keys.isEmpty()) {
            throw new ClaimGraphException("the store has no result claims on a benchmark: nothing to rank");
        }
        log.printf("leaderboard bench: %,d papers, %d benchmarks, top %d%n", papers, keys.size(), settings.limit());
        log.flush();
        CannedQuery leaderboard = CannedQuery.load("leaderboard");
        QueryService service = QueryService.create();
        Random random = new Random(1);
        AtomicLong empty = new AtomicLong();
        Latencies first = Latencies.ofNanos(pass(ds, service, leaderboard, keys, settings.limit(), empty)[0]);
        long[] warm = new long[0];
        long[] warmCpu = new long[0];
        for (int round = 0; round < settings.rounds(); round++) {
            List<String> order = new ArrayList<>(keys);
            Collections.shuffle(order, random);
            long[][] times = pass(ds, service, leaderboard, order, settings.limit(), empty);
            warm = concat(warm, times[0]);
            warmCpu = concat(warmCpu, times[1]);
        }
        Latencies inProcess = Latencies.ofNanos(warm);
        Latencies inProcessCpu = Latencies.ofNanos(warmCpu);
        log.printf("in process: p50 %.1f ms, p99 %.1f ms over %d queries%n", inProcess.p50Ms(), inProcess.p99Ms(),
                inProcess.count());
        log.flush();
        HttpFigures http = settings.clients() == 0 ? HttpFigures.NONE
                : http(ds, leaderboard, keys, settings);
        return new QueryBenchReport(papers, keys.size(), settings.limit(), first, inProcess, inProcessCpu, empty.get(),
                settings.clients(), http.seconds, http.cpuSeconds, http.ok, http.errors, http.latencies, loadBefore,
                loadAverage());
    }

    /** Keys of the {@code n} benchmarks with the most result claims, most first. */
    static List<String> busiestBenchmarks(Dataset ds, int n) {
        ParameterizedSparqlString busiest = new ParameterizedSparqlString("""
                SELECT ?benchmark (COUNT(*) AS ?results)
                WHERE { GRAPH ?paper { ?claim ?onBenchmark ?benchmark } }
                GROUP BY ?benchmark
                ORDER BY DESC(?results) ?benchmark
                """);
        busiest.setIri("onBenchmark", CG.benchmark.getURI());
        Query q = busiest.asQuery();
        q.setLimit(n);
        return Txn.calculateRead(ds, () -> {
            List<String> keys = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    String key = keyOf(ds, rs.next().getResource("benchmark").getURI());
                    if (key != null) {
                        keys.add(key);
                    }
                }
            }
            return keys;
        });
    }

    private static String keyOf(Dataset ds, String benchmark) {
        ParameterizedSparqlString key = new ParameterizedSparqlString(
                "SELECT (MIN(?k) AS ?key) WHERE { ?benchmark ?matchKey ?k }");
        key.setIri("benchmark", benchmark);
        key.setIri("matchKey", CG.matchKey.getURI());
        try (QueryExecution qe = QueryExecution.dataset(ds).query(key.asQuery()).build()) {
            QuerySolution s = qe.execSelect().next();
            return s.contains("key") ? s.getLiteral("key").getLexicalForm() : null;
        }
    }

    private static long papers(Dataset ds) {
        ParameterizedSparqlString count = new ParameterizedSparqlString(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?paper { ?paper a ?type } }");
        count.setIri("type", CG.Paper.getURI());
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(count.asQuery()).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** Wall-clock and CPU nanoseconds of each query, one query at a time on this thread. */
    private static long[][] pass(Dataset ds, QueryService service, CannedQuery leaderboard, List<String> keys, int limit,
                                 AtomicLong empty) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] times = new long[keys.size()];
        long[] cpu = new long[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            int rows = service.select(ds, leaderboard, Map.of("benchmark", keys.get(i)), TIMEOUT, limit).size();
            times[i] = System.nanoTime() - start;
            cpu[i] = Math.max(0, threads.getCurrentThreadCpuTime() - cpuStart);
            if (rows == 0) {
                empty.incrementAndGet();
            }
        }
        return new long[][] {times, cpu};
    }

    private static long[] concat(long[] a, long[] b) {
        long[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime()) / 1e9;
        }
        return 0;
    }

    private record HttpFigures(double seconds, double cpuSeconds, long ok, long errors, Latencies latencies) {
        static final HttpFigures NONE = new HttpFigures(0, 0, 0, 0, Latencies.ofNanos(new long[0]));
    }

    private record ClientResult(long ok, long errors, long[] nanos) {
    }

    private static HttpFigures http(Dataset ds, CannedQuery leaderboard, List<String> keys, QueryBenchSettings settings) {
        List<String> bodies = keys.stream()
                .map(k -> leaderboard.bind(Map.of("benchmark", k), settings.limit()).serialize()).toList();
        try (ClaimServer server = ClaimServer.builder().dataset(ds).host(ClaimServer.DEFAULT_HOST).port(0)
                .queryTimeout(TIMEOUT).build().start()) {
            URI endpoint = URI.create(server.datasetUri() + "/query");
            clients(endpoint, bodies, settings.clients(), Math.min(HTTP_WARMUP_SECONDS, settings.seconds()));
            double cpuStart = processCpuSeconds();
            long start = System.nanoTime();
            List<ClientResult> results = clients(endpoint, bodies, settings.clients(), settings.seconds());
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = processCpuSeconds() - cpuStart;
            long ok = 0;
            long errors = 0;
            List<long[]> all = new ArrayList<>();
            for (ClientResult r : results) {
                ok += r.ok();
                errors += r.errors();
                all.add(r.nanos());
            }
            long[] nanos = all.stream().flatMapToLong(Arrays::stream).toArray();
            return new HttpFigures(seconds, cpuSeconds, ok, errors, Latencies.ofNanos(nanos));
        }
    }

    private static List<ClientResult> clients(URI endpoint, List<String> bodies, int clients, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<ClientResult>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * bodies.size() / clients;
                futures.add(pool.submit(() -> client(endpoint, bodies, offset, deadline)));
            }
            List<ClientResult> results = new ArrayList<>();
            for (Future<ClientResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClaimGraphException("leaderboard bench interrupted", e);
        } catch (ExecutionException e) {
            throw new ClaimGraphException("an HTTP client of the leaderboard bench failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client: its own connection, one query after the other, until the deadline. */
    private static ClientResult client(URI endpoint, List<String> bodies, int offset, long deadline) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long ok = 0;
        long errors = 0;
        long[] nanos = new long[1024];
        int n = 0;
        for (int i = offset; System.nanoTime() < deadline; i++) {
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT.plusSeconds(5))
                    .header("Content-Type", "application/sparql-query; charset=utf-8")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()), StandardCharsets.UTF_8))
                    .build();
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                long took = System.nanoTime() - start;
                if (response.statusCode() == 200 && response.body().contains("\"bindings\"")) {
                    ok++;
                    if (n == nanos.length) {
                        nanos = Arrays.copyOf(nanos, n * 2);
                    }
                    nanos[n++] = took;
                } else {
                    errors++;
                }
            } catch (IOException e) {
                errors++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new ClientResult(ok, errors, Arrays.copyOf(nanos, n));
    }

    private static double loadAverage() {
        return Math.max(0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
