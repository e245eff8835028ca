package org.claimgraph.link;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client treats an endpoint: who it says it is, how often it asks, how long it waits.
 *
 * @param userAgent sent with every request; Wikimedia's policy asks for a name and a contact URL
 * @param requestsPerSecond at most this many requests per second; 0 or less means no limit
 * @param connectTimeout to open a connection
 * @param requestTimeout for a whole answer
 * @param maxRetries retries after a 429, a 5xx or an I/O failure, each after a back-off
 * @param firstBackoff the first back-off; it doubles each retry unless the server sends {@code Retry-After}
 * @param maxBackoff no wait, {@code Retry-After} included, is longer than this
 */
public record Politeness(String userAgent, double requestsPerSecond, Duration connectTimeout, Duration requestTimeout,
        int maxRetries, Duration firstBackoff, Duration maxBackoff) {
    /** The User-Agent claimgraph sends: name, version and where to reach its maintainers. */
    public static final String USER_AGENT =
            "claimgraph/0.1.0 (https://w3id.org/claimgraph; research-claims knowledge graph) Java-http-client";

    public Politeness {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("user agent must not be blank");
        }
        if (maxRetries < 0 || Double.isNaN(requestsPerSecond)) {
            throw new IllegalArgumentException("maxRetries must be >= 0 and the rate a number");
        }
        for (Duration d : new Duration[] {connectTimeout, requestTimeout, firstBackoff, maxBackoff}) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("timeouts and back-offs must not be negative: " + d);
            }
        }
        if (connectTimeout.isZero() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** For public endpoints: one request a second, 10 s to connect, 60 s per answer, 5 retries from 2 s up to 2 min. */
    public static Politeness publicEndpoint() {
        return new Politeness(USER_AGENT, 1.0, Duration.ofSeconds(10), Duration.ofSeconds(60), 5,
                Duration.ofSeconds(2), Duration.ofMinutes(2));
    }

    /** For an endpoint on this machine: no rate limit, 2 retries from 200 ms, so a server that is down fails fast. */
    public static Politeness loopback() {
        return new Politeness(USER_AGENT, 0, Duration.ofSeconds(5), Duration.ofSeconds(60), 2,
                Duration.ofMillis(200), Duration.ofSeconds(10));
    }

    public Politeness withRate(double perSecond) {
        return new Politeness(userAgent, perSecond, connectTimeout, requestTimeout, maxRetries, firstBackoff, maxBackoff);
    }

    public Politeness withBackoff(Duration first, Duration max) {
        return new Politeness(userAgent, requestsPerSecond, connectTimeout, requestTimeout, maxRetries, first, max);
    }

    /** The shortest gap between two requests. */
    public Duration minInterval() {
        return requestsPerSecond <= 0 ? Duration.ZERO : Duration.ofNanos((long) (1e9 / requestsPerSecond));
    }
}
