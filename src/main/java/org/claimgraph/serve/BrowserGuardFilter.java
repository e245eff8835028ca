package org.claimgraph.serve;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps other web sites out of a server that a browser on the same machine can reach.
 *
 * <p>Design decision: basic-auth credentials and loopback binding do not stop a page from another
 * site. A browser that has logged in to the UI resends the admin credentials with a cross-site form
 * POST to {@code /claims/update}, and a DNS-rebinding page can read a loopback server under its own
 * host name. So writes (any method but GET, HEAD, OPTIONS) that carry an {@code Origin} other than
 * this server's own are refused, and a server bound to loopback answers only requests whose
 * {@code Host} names loopback. Clients that are not browsers send no {@code Origin} and pass.
 */
final class BrowserGuardFilter implements Filter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final boolean loopbackOnly;
    private final String boundHost;

    /** @param boundHost the address the server listens on; a loopback one turns on the Host check */
    BrowserGuardFilter(String boundHost, boolean loopbackOnly) {
        this.boundHost = boundHost.toLowerCase(Locale.ROOT);
        this.loopbackOnly = loopbackOnly;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String host = http.getHeader("Host");
        if (loopbackOnly && !namesLoopback(host, boundHost)) {
            refuse(response, "Host " + host + " is not a loopback name; this server answers on 127.0.0.1 or localhost");
            return;
        }
        String origin = http.getHeader("Origin");
        if (origin != null && !SAFE_METHODS.contains(http.getMethod()) && !sameOrigin(origin, http.getScheme(), host)) {
            refuse(response, "cross-site " + http.getMethod() + " from Origin " + origin + " refused");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean namesLoopback(String hostHeader, String boundHost) {
        if (hostHeader == null) {
            return false;
        }
        String name = hostHeader.toLowerCase(Locale.ROOT);
        int portColon = name.lastIndexOf(':');
        if (portColon > name.lastIndexOf(']')) {
            name = name.substring(0, portColon);
        }
        return LOOPBACK_NAMES.contains(name) || name.equals(boundHost) || name.equals("[" + boundHost + "]");
    }

    static boolean sameOrigin(String origin, String scheme, String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            return scheme.equalsIgnoreCase(uri.getScheme())
                    && hostHeader.equalsIgnoreCase(uri.getRawAuthority());
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private static void refuse(ServletResponse response, String message) throws IOException {
        ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN, message);
    }
}
