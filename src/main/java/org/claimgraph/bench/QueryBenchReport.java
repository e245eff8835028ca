package org.claimgraph.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of one leaderboard benchmark: a table for people and one JSON object for scripts.
 *
 * @param papers papers in the store
 * @param benchmarks different benchmarks queried
 * @param limit rows per leaderboard
 * @param firstPass in-process latencies of the first pass (cold caches, JIT warming up)
 * @param inProcess in-process latencies of the measured passes
 * @param inProcessCpu CPU time of each measured in-process query (steadier than wall time on a busy machine)
 * @param emptyAnswers in-process answers without a row (a benchmark with results must have some)
 * @param clients concurrent HTTP clients (0: no HTTP stage)
 * @param httpSeconds how long the measured HTTP stage ran
 * @param httpCpuSeconds process CPU time during it: server and clients, which share the JVM and the cores
 * @param httpOk HTTP queries answered with status 200 and a result set
 * @param httpErrors HTTP queries that failed
 * @param http latencies of the successful HTTP queries
 * @param loadBefore system load average when the run started
 * @param loadAfter system load average when it ended
 */
public record QueryBenchReport(long papers, int benchmarks, int limit, Latencies firstPass, Latencies inProcess,
                               Latencies inProcessCpu, long emptyAnswers, int clients, double httpSeconds,
                               double httpCpuSeconds, long httpOk, long httpErrors, Latencies http, double loadBefore,
                               double loadAfter) {
    public QueryBenchReport {
        Objects.requireNonNull(firstPass, "firstPass");
        Objects.requireNonNull(inProcess, "inProcess");
        Objects.requireNonNull(inProcessCpu, "inProcessCpu");
        Objects.requireNonNull(http, "http");
    }

    /** Successful HTTP queries per second over all clients. */
    public double httpQueriesPerSecond() {
        return httpSeconds > 0 ? httpOk / httpSeconds : 0;
    }

    /** Process CPU milliseconds per successful HTTP query, server and clients together. */
    public double httpCpuMsPerQuery() {
        return httpOk > 0 ? 1000 * httpCpuSeconds / httpOk : 0;
    }

    /** A fixed-width table, one row per way of running the query. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-36s %9s %9s %9s %9s %9s %7s%n",
                "leaderboard top-" + limit, "queries", "p50 ms", "p99 ms", "max ms", "q/s", "errors"));
        sb.append(row("in process, first pass (cold)", firstPass, "-", "-"));
        sb.append(row("in process, warm", inProcess, "-", Long.toString(emptyAnswers)));
        sb.append(row("in process, warm, CPU time", inProcessCpu, "-", "-"));
        if (clients > 0) {
            sb.append(row("http, " + clients + " clients", http,
                    String.format(Locale.ROOT, "%,.0f", httpQueriesPerSecond()), Long.toString(httpErrors)));
        }
        sb.append(String.format(Locale.ROOT, "%,d papers; %d benchmarks with the most results; %s load average %.1f -> %.1f%n",
                papers, benchmarks, clients > 0 ? String.format(Locale.ROOT, "HTTP %.2f CPU ms per query (server and clients);",
                        httpCpuMsPerQuery()) : "", loadBefore, loadAfter));
        return sb.toString();
    }

    private static String row(String name, Latencies l, String qps, String errors) {
        return String.format(Locale.ROOT, "%-36s %9s %9.1f %9.1f %9.1f %9s %7s%n", name,
                String.format(Locale.ROOT, "%,d", l.count()), l.p50Ms(), l.p99Ms(), l.maxMs(), qps, errors);
    }

    /** The figures as one line of JSON, keys in snake case. */
    public String json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("papers", papers);
        m.put("benchmarks", benchmarks);
        m.put("limit", limit);
        m.put("leaderboard_queries", inProcess.count());
        m.put("leaderboard_p50_ms", round(inProcess.p50Ms()));
        m.put("leaderboard_p99_ms", round(inProcess.p99Ms()));
        m.put("leaderboard_max_ms", round(inProcess.maxMs()));
        m.put("leaderboard_cpu_p50_ms", round(inProcessCpu.p50Ms()));
        m.put("leaderboard_cpu_p99_ms", round(inProcessCpu.p99Ms()));
        m.put("leaderboard_cold_p50_ms", round(firstPass.p50Ms()));
        m.put("leaderboard_cold_max_ms", round(firstPass.maxMs()));
        m.put("leaderboard_empty_answers", emptyAnswers);
        if (clients > 0) {
            m.put("http_clients", clients);
            m.put("http_seconds", round(httpSeconds));
            m.put("http_leaderboard_queries", httpOk);
            m.put("http_leaderboard_qps", round(httpQueriesPerSecond()));
            m.put("http_leaderboard_p50_ms", round(http.p50Ms()));
            m.put("http_leaderboard_p99_ms", round(http.p99Ms()));
            m.put("http_errors", httpErrors);
            m.put("http_cpu_ms_per_query", round(httpCpuMsPerQuery()));
        }
        m.put("load_average_before", round(loadBefore));
        m.put("load_average_after", round(loadAfter));
        return JsonLine.of(m);
    }

    private static double round(double x) {
        return JsonLine.round(x);
    }
}
