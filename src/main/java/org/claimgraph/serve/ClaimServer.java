package org.claimgraph.serve;

import java.net.BindException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;
import org.claimgraph.explore.ExplorerServlet;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claims store over HTTP: an embedded Jena Fuseki serving one dataset as {@code /claims}, with
 * the Fuseki web UI at {@code /}.
 *
 * <p>Secure by default. It listens on loopback unless another host is asked for. Queries and Graph
 * Store reads are open; SPARQL Update, Graph Store writes and upload need HTTP basic auth as
 * {@value #ADMIN_USER}, and without an admin password they are not routed at all. Every query is
 * cut server-side after the query timeout, and a client's {@code ?timeout=} can only shorten it.
 *
 * <p>Design decision: the dataset's endpoints are listed one by one instead of taking Fuseki's
 * standard services, because those enable update without credentials. The admin password lives
 * only in an in-memory Jetty user store, never in a file. Of Fuseki's admin API only the read-only
 * parts the UI calls are served ({@code /$/ping}, {@code /$/server}, {@code /$/stats/*},
 * {@code /$/tasks}); creating, deleting, backing up and compacting datasets are not routed. A
 * filter refuses cross-site writes from browsers and, on loopback, requests for foreign host names.
 *
 * <p>The caller owns the dataset: stopping the server does not close it.
 */
public final class ClaimServer implements AutoCloseable {
    public static final String DATASET_NAME = "/claims";
    public static final String ADMIN_USER = "admin";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    /** Where the claims explorer's pages are, when {@link Builder#explorer(boolean)} is on. */
    public static final String EXPLORER_PATH = "/explore/";
    /** Where the VoID + DCAT description of the served dataset is (the VoID well-known address). */
    public static final String DESCRIPTION_PATH = "/.well-known/void";

    static final String REALM = "claimgraph";
    static final String REQUEST_LOG = "org.claimgraph.serve.request";
    private static final String UI_INDEX = "webapp/index.html";
    private static final Logger LOG = LoggerFactory.getLogger(ClaimServer.class);

    private final FusekiServer fuseki;
    private final String host;
    private final int requestedPort;
    private final Duration queryTimeout;
    private final boolean writable;
    private final boolean withUi;
    private boolean started;
    private boolean stopped;

    private ClaimServer(Builder b, String host, URI uiBase) {
        this.host = host;
        this.requestedPort = b.port;
        this.queryTimeout = b.queryTimeout;
        this.writable = b.adminPassword != null;
        this.withUi = uiBase != null;

        FusekiServer.Builder server = FusekiServer.create()
                .port(b.port)
                .add(DATASET_NAME, dataService(b.dataset, b.queryTimeout, writable))
                .addFilter("/*", new BrowserGuardFilter(host, HostCheck.isLoopback(host)))
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet(DESCRIPTION_PATH, new DescriptionServlet(b.dataset, b.queryTimeout))
                .enablePing(true)
                .enableStats(true)
                .enableTasks(true);
        if (uiBase != null) {
            server.staticFileBase(uiBase.toString());
        }
        if (b.explorer) {
            server.addServlet(EXPLORER_PATH + "*", new ExplorerServlet(b.dataset, b.queryTimeout));
        }
        if (writable) {
            server.auth(AuthScheme.BASIC)
                    .realm(REALM)
                    .securityHandler(JettySecurityLib.makeSecurityHandler(REALM,
                            JettySecurityLib.makeUserStore(ADMIN_USER, b.adminPassword), AuthScheme.BASIC));
        }
        this.fuseki = server.build();
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(host);
            }
        }
        Slf4jRequestLogWriter requestLogWriter = new Slf4jRequestLogWriter();
        requestLogWriter.setLoggerName(REQUEST_LOG);
        fuseki.getJettyServer().setRequestLog(
                new CustomRequestLog(requestLogWriter, "%{client}a %u \"%m %U\" %s %O %{ms}Tms"));
    }

    private static DataService dataService(Dataset dataset, Duration queryTimeout, boolean writable) {
        Context timeout = new Context();
        timeout.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        DataService.Builder service = DataService.newBuilder(dataset.asDatasetGraph())
                .addEndpoint(endpoint(Operation.Query, "", timeout, null))
                .addEndpoint(endpoint(Operation.GSP_R, "", timeout, null))
                .addEndpoint(endpoint(Operation.Query, "sparql", timeout, null))
                .addEndpoint(endpoint(Operation.Query, "query", timeout, null))
                .addEndpoint(endpoint(Operation.GSP_R, "get", timeout, null));
        if (writable) {
            AuthPolicy adminOnly = Auth.policyAllowSpecific(ADMIN_USER);
            service.addEndpoint(endpoint(Operation.Update, "update", timeout, adminOnly))
                    .addEndpoint(endpoint(Operation.GSP_RW, "data", timeout, adminOnly))
                    .addEndpoint(endpoint(Operation.Upload, "upload", timeout, adminOnly));
        }
        return service.build();
    }

    private static Endpoint endpoint(Operation operation, String name, Context context, AuthPolicy auth) {
        return Endpoint.create()
                .operation(operation)
                .endpointName(name)
                .context(context)
                .authPolicy(auth)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port and starts serving in background threads; see {@link #join()}.
     *
     * @throws ServeException if the port is taken or cannot be opened
     */
    public synchronized ClaimServer start() {
        if (started) {
            throw new IllegalStateException("server already started");
        }
        started = true;
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            stopQuietly();
            throw startFailure(e);
        }
        if (!HostCheck.isLoopback(host)) {
            LOG.warn("Listening on {} (not loopback): the SPARQL endpoint and UI are reachable from other machines",
                    host);
        }
        LOG.info("Serving {} at {} (query timeout {} ms, updates {})", DATASET_NAME, baseUri(),
                queryTimeout.toMillis(), writable ? "for user " + ADMIN_USER + " only" : "disabled");
        return this;
    }

    private ServeException startFailure(RuntimeException e) {
        BindException bind = findCause(e, BindException.class);
        if (bind != null && bind.getMessage() != null && bind.getMessage().contains("in use")) {
            return new ServeException(String.format("port %d on %s is already in use; choose another with --port",
                    requestedPort, host), e);
        }
        String reason = bind != null ? bind.getMessage() : String.valueOf(e.getMessage());
        return new ServeException(String.format("cannot listen on port %d on %s (%s); choose another --port or --host",
                requestedPort, host, reason), e);
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The port actually listened on once started (resolves port 0); before that, the requested port. */
    public int port() {
        int actual = fuseki.getHttpPort();
        return actual > 0 ? actual : requestedPort;
    }

    /** The host or address the server listens on, as given to the builder. */
    public String host() {
        return host;
    }

    /** The server root, where the UI is; for a wildcard host it uses loopback, which always reaches it. */
    public URI baseUri() {
        String uriHost = HostCheck.isWildcard(host) ? DEFAULT_HOST : host;
        try {
            return new URI("http", null, uriHost, port(), "/", null, null);
        } catch (URISyntaxException e) {
            throw new ServeException("cannot form a URL from host " + host + " and port " + port(), e);
        }
    }

    /** The dataset URL, {@code baseUri() + "claims"}; endpoints hang below it. */
    public URI datasetUri() {
        return baseUri().resolve(DATASET_NAME.substring(1));
    }

    public Duration queryTimeout() {
        return queryTimeout;
    }

    /** Whether SPARQL Update and Graph Store writes are routed (only with an admin password). */
    public boolean updatesEnabled() {
        return writable;
    }

    /** Whether the Fuseki UI files were found on the classpath and are served at {@code /}. */
    public boolean uiEnabled() {
        return withUi;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops serving; idempotent. The dataset stays open. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (started) {
            fuseki.stop();
            LOG.info("Stopped serving {}", DATASET_NAME);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void stopQuietly() {
        stopped = true;
        try {
            fuseki.getJettyServer().stop();
        } catch (Exception suppressed) {
            LOG.debug("Cleaning up after a failed start", suppressed);
        }
    }

    private static URI uiBase() {
        URL index = ClaimServer.class.getClassLoader().getResource(UI_INDEX);
        if (index == null) {
            LOG.warn("Fuseki UI files ({}) are not on the classpath; serving the SPARQL endpoints without the UI",
                    UI_INDEX);
            return null;
        }
        String indexUri = index.toExternalForm();
        try {
            return new URI(indexUri.substring(0, indexUri.length() - "index.html".length()));
        } catch (URISyntaxException e) {
            throw new ServeException("cannot locate the Fuseki UI files at " + index, e);
        }
    }

    /** Property-named builder; {@link #build()} validates everything before any port is bound. */
    public static final class Builder {
        private Dataset dataset;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private String adminPassword;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private boolean explorer;

        private Builder() {
        }

        /** Also serve the read-only claims explorer at {@value ClaimServer#EXPLORER_PATH}; default off. */
        public Builder explorer(boolean explorer) {
            this.explorer = explorer;
            return this;
        }

        /** The dataset to serve, usually TDB2 with the union default graph set; required. */
        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** Address to listen on; default {@value ClaimServer#DEFAULT_HOST}, {@code 0.0.0.0} for all interfaces. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** Port to listen on, 0 for any free port; default {@value ClaimServer#DEFAULT_PORT}. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Password for user {@value ClaimServer#ADMIN_USER}; null (the default) disables all writes. */
        public Builder adminPassword(String adminPassword) {
            this.adminPassword = adminPassword;
            return this;
        }

        /** Longest a query may run before the server cancels it; default 30 s. */
        public Builder queryTimeout(Duration queryTimeout) {
            this.queryTimeout = Objects.requireNonNull(queryTimeout, "queryTimeout");
            return this;
        }

        /**
         * @throws ServeException for a missing dataset, a port out of range, a host that is not an
         *     address of this machine, an empty admin password or a non-positive timeout
         */
        public ClaimServer build() {
            if (dataset == null) {
                throw new ServeException("no dataset to serve; give one with dataset(...)");
            }
            if (port < 0 || port > 65535) {
                throw new ServeException("port " + port + " is out of range 0-65535; choose another with --port");
            }
            if (queryTimeout.isNegative() || queryTimeout.isZero() || queryTimeout.toMillis() == 0) {
                throw new ServeException("query timeout " + queryTimeout + " must be at least 1 ms; set it with --timeout");
            }
            if (adminPassword != null && adminPassword.isBlank()) {
                throw new ServeException("the admin password is empty; give a non-empty --admin-password"
                        + " (or CLAIMGRAPH_ADMIN_PASSWORD), or none to serve read-only");
            }
            String trimmedHost = host.strip();
            HostCheck.requireLocal(trimmedHost);
            return new ClaimServer(this, trimmedHost, uiBase());
        }
    }

    /** Host checks done before binding, so a typo gets a message instead of a Jetty stack trace. */
    static final class HostCheck {
        private HostCheck() {
        }

        static void requireLocal(String host) {
            if (host.isEmpty()) {
                throw new ServeException("host is empty; use 127.0.0.1 (the default) or 0.0.0.0 with --host");
            }
            InetAddress address;
            try {
                address = InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                throw new ServeException("host " + host + " is unknown; use an address of this machine,"
                        + " 127.0.0.1 (the default) or 0.0.0.0 with --host", e);
            }
            if (address.isAnyLocalAddress() || address.isLoopbackAddress()) {
                return;
            }
            try {
                if (NetworkInterface.getByInetAddress(address) == null) {
                    throw new ServeException("host " + host + " (" + address.getHostAddress()
                            + ") is not an address of this machine; use 127.0.0.1 (the default) or 0.0.0.0 with --host");
                }
            } catch (SocketException e) {
                throw new ServeException("cannot check whether host " + host + " is an address of this machine", e);
            }
        }

        static boolean isWildcard(String host) {
            try {
                return InetAddress.getByName(host).isAnyLocalAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }

        static boolean isLoopback(String host) {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
    }
}
