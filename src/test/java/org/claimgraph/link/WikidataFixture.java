package org.claimgraph.link;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A real Fuseki on 127.0.0.1 (ephemeral port) serving a small Wikidata-shaped graph, and a real TDB2
 * store holding a paper graph with the entities to link. A servlet filter counts the requests that reach
 * the endpoint, records their User-Agent, and can answer the next ones with 429 + Retry-After.
 */
public final class WikidataFixture implements AutoCloseable {
    /** Items shaped as on Wikidata: English labels and aliases, wdt:P31 types, wdt:P279 subclasses. */
    public static final String WIKIDATA_TTL = """
            @prefix wd: <http://www.wikidata.org/entity/> .
            @prefix wdt: <http://www.wikidata.org/prop/direct/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .

            wd:Q1172284 rdfs:label "data set"@en .
            wd:Q8366 rdfs:label "algorithm"@en .
            wd:Q7397 rdfs:label "software"@en .
            wd:Q90000 rdfs:label "benchmark"@en ; wdt:P279 wd:Q1172284 .

            wd:Q90001 rdfs:label "GSM8K"@en ; skos:altLabel "Grade School Math 8K"@en , "GSM8K"@de ;
                wdt:P31 wd:Q1172284 .
            wd:Q90002 rdfs:label "ReAct"@en ; wdt:P31 wd:Q1172284 .
            wd:Q90003 rdfs:label "MATH"@en ; wdt:P31 wd:Q1172284 .
            wd:Q90004 rdfs:label "MATH"@en ; wdt:P31 wd:Q1172284 .
            wd:Q90005 rdfs:label "HumanEval"@en ; wdt:P31 wd:Q90000 .
            wd:Q90006 rdfs:label "Proximal Policy Optimization"@en ; skos:altLabel "PPO"@en ; wdt:P31 wd:Q8366 .
            wd:Q90007 rdfs:label "GSM8K"@fr ; wdt:P31 wd:Q1172284 .
            """;

    /** One paper graph of a claimgraph store, as RDF-MODEL.md lays it out. */
    public static final String STORE_TRIG = """
            @prefix cg: <https://w3id.org/claimgraph/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .

            <https://w3id.org/claimgraph/id/paper/p1> {
              <https://w3id.org/claimgraph/id/paper/p1> a cg:Paper ; cg:evaluatedOn <https://w3id.org/claimgraph/id/dataset/gsm8k> .
              <https://w3id.org/claimgraph/id/dataset/gsm8k> a cg:Dataset , cg:Benchmark ; rdfs:label "GSM8K" , "GSM-8K" ; cg:matchKey "gsm8k" .
              <https://w3id.org/claimgraph/id/dataset/math> a cg:Benchmark ; rdfs:label "MATH" ; cg:matchKey "math" .
              <https://w3id.org/claimgraph/id/dataset/humaneval> a cg:Benchmark ; rdfs:label "HumanEval" ; cg:matchKey "humaneval" .
              <https://w3id.org/claimgraph/id/method/react> a cg:Method ; rdfs:label "ReAct" ; cg:matchKey "react" .
              <https://w3id.org/claimgraph/id/method/ppo> a cg:Method ; rdfs:label "PPO" ; cg:matchKey "ppo" .
              <https://w3id.org/claimgraph/id/metric/accuracy> a cg:Metric ; rdfs:label "accuracy" ; cg:matchKey "accuracy" .
            }
            """;

    private final FusekiServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile String retryAfter = "1";
    private final List<String> userAgents = new CopyOnWriteArrayList<>();

    public WikidataFixture() {
        Dataset wikidata = DatasetFactory.createTxnMem();
        Txn.executeWrite(wikidata, () -> RDFDataMgr.read(wikidata.getDefaultModel(), new StringReader(WIKIDATA_TTL), null, Lang.TURTLE));
        server = FusekiServer.create()
                .loopback(true)
                .port(0)
                .add("/wikidata", wikidata, false)
                .addFilter("/*", new Counter())
                .build()
                .start();
    }

    /** The SPARQL query endpoint. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getPort() + "/wikidata/sparql");
    }

    /** Requests that reached the server (429 answers included). */
    public int requests() {
        return requests.get();
    }

    public List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    /** The next {@code n} requests get 429 Too Many Requests with {@code Retry-After: 1}. */
    public void answer429(int n) {
        answer429(n, "1");
    }

    /** The next {@code n} requests get 429 Too Many Requests with the given {@code Retry-After} value. */
    public void answer429(int n, String retryAfterValue) {
        retryAfter = retryAfterValue;
        failNext.set(n);
    }

    /** Writes {@link #STORE_TRIG} into a new TDB2 database in {@code dir} and releases it. */
    public static void writeStore(Path dir) {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        try {
            Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, new StringReader(STORE_TRIG), null, Lang.TRIG));
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Counter implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) request;
            if (http.getRequestURI().startsWith("/wikidata")) {
                requests.incrementAndGet();
                String agent = http.getHeader("User-Agent");
                userAgents.add(agent == null ? "" : agent);
                if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    HttpServletResponse r = (HttpServletResponse) response;
                    r.setStatus(429);
                    r.setHeader("Retry-After", retryAfter);
                    r.setContentType("text/plain");
                    r.getWriter().write("Too many requests: slow down");
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }
}
