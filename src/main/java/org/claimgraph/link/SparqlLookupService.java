package org.claimgraph.link;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * {@link LookupService} over the SPARQL 1.1 protocol with {@link HttpClient}: GET (POST for long
 * queries), {@code Accept: application/sparql-results+json}, a descriptive User-Agent, at most
 * {@link Politeness#requestsPerSecond()} requests a second, retries with exponential back-off on 429,
 * 5xx and I/O failures (honouring {@code Retry-After}), and a {@link LookupCache} consulted first.
 *
 * <p>Not thread-safe: one run, one service; the rate limit is per instance.
 */
public final class SparqlLookupService implements LookupService {
    private static final String ACCEPT = "application/sparql-results+json";
    private static final int MAX_GET_URL = 4000;

    private final HttpClient http;
    private final Politeness politeness;
    private final LookupCache cache;
    private final Clock clock;
    private long lastRequestNanos;
    private boolean requested;
    private long requests;
    private long cacheHits;

    /** A service that asks as {@code politeness} says and consults {@code cache} first; closing it closes the cache. */
    public SparqlLookupService(Politeness politeness, LookupCache cache) {
        this.politeness = Objects.requireNonNull(politeness, "politeness");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Clock.systemUTC();
        this.http = HttpClient.newBuilder()
                .connectTimeout(politeness.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public Lookup lookup(LinkTarget target, LocalEntity entity) {
        String query = target.template().bind(entity);
        String endpoint = target.endpoint().toString();
        Optional<LookupCache.Entry> cached = cache.get(endpoint, query);
        if (cached.isPresent()) {
            cacheHits++;
            return new Lookup(target.endpoint(), query, cached.get().time(), true,
                    candidates(cached.get().results(), endpoint));
        }
        String body = fetch(target.endpoint(), query);
        List<Candidate> candidates = candidates(body, endpoint);
        Instant now = clock.instant();
        cache.put(endpoint, query, new LookupCache.Entry(now, body));
        return new Lookup(target.endpoint(), query, now, false, candidates);
    }

    @Override
    public long requests() {
        return requests;
    }

    @Override
    public long cacheHits() {
        return cacheHits;
    }

    @Override
    public void close() {
        cache.close();
    }

    private String fetch(URI endpoint, String query) {
        HttpRequest request = request(endpoint, query);
        String last = "";
        for (int attempt = 0; ; attempt++) {
            throttle();
            requests++;
            Duration wait;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status == 200) {
                    return response.body();
                }
                last = "HTTP " + status + " " + firstLine(response.body());
                if (status != 429 && status < 500) {
                    throw new LinkException("SPARQL endpoint " + endpoint + " refused the lookup query: " + last);
                }
                wait = retryAfter(response).orElse(backoff(attempt));
            } catch (IOException e) {
                last = e.toString();
                wait = backoff(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LinkException("interrupted while asking " + endpoint, e);
            }
            if (attempt >= politeness.maxRetries()) {
                throw new LinkException("SPARQL endpoint " + endpoint + " failed " + (attempt + 1)
                        + " times; last: " + last);
            }
            sleep(min(wait, politeness.maxBackoff()));
        }
    }

    private HttpRequest request(URI endpoint, String query) {
        String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
        String separator = endpoint.getRawQuery() == null ? "?" : "&";
        HttpRequest.Builder b = HttpRequest.newBuilder()
                .timeout(politeness.requestTimeout())
                .header("Accept", ACCEPT)
                .header("User-Agent", politeness.userAgent());
        String url = endpoint + separator + "query=" + encoded;
        if (url.length() <= MAX_GET_URL) {
            return b.uri(URI.create(url)).GET().build();
        }
        return b.uri(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encoded, StandardCharsets.UTF_8))
                .build();
    }

    private void throttle() {
        long interval = politeness.minInterval().toNanos();
        if (requested && interval > 0) {
            long due = lastRequestNanos + interval;
            long now = System.nanoTime();
            if (due > now) {
                sleep(Duration.ofNanos(due - now));
            }
        }
        requested = true;
        lastRequestNanos = System.nanoTime();
    }

    private Duration backoff(int attempt) {
        Duration d = politeness.firstBackoff().multipliedBy(1L << Math.min(attempt, 20));
        return min(d, politeness.maxBackoff());
    }

    /** {@code Retry-After} as seconds or as an HTTP date. */
    private Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String v = header.get().strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(clock.instant(), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static List<Candidate> candidates(String json, String endpoint) {
        ResultSet rs;
        try {
            rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        } catch (RuntimeException e) {
            throw new LinkException("SPARQL endpoint " + endpoint + " sent an answer that is not SPARQL JSON results: "
                    + e.getMessage(), e);
        }
        List<Candidate> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            RDFNode item = row.get("item");
            RDFNode name = row.get("name");
            if (item == null || !item.isURIResource() || name == null || !name.isLiteral()) {
                continue;
            }
            RDFNode match = row.get("match");
            RDFNode direct = row.get("direct");
            boolean viaAlias = match != null && match.isLiteral() && "alias".equals(match.asLiteral().getLexicalForm());
            boolean isDirect = direct != null && direct.isLiteral()
                    && ("true".equals(direct.asLiteral().getLexicalForm()) || "1".equals(direct.asLiteral().getLexicalForm()));
            out.add(new Candidate(item.asResource().getURI(), name.asLiteral().getLexicalForm(), viaAlias, isDirect));
        }
        return out;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String firstLine(String body) {
        if (body == null) {
            return "";
        }
        String line = body.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkException("interrupted while waiting to ask a SPARQL endpoint again", e);
        }
    }
}
