package org.claimgraph.serve;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.describe.DatasetDescriber;
import org.claimgraph.query.QueryException;

/**
 * Serves the VoID + DCAT description of the served dataset at the VoID well-known address
 ({@link ClaimServer#DESCRIPTION_PATH}), so that crawlers and catalogues find the endpoint and its size.
 *
 * <p>Counting walks the whole store, so a description is reused for {@link #MAX_AGE} and then
 * recounted on the next request; it names the SPARQL endpoint it was fetched from. Turtle unless
 * the client asks for JSON-LD, N-Triples or RDF/XML.
 */
final class DescriptionServlet extends HttpServlet {
    static final Duration MAX_AGE = Duration.ofMinutes(1);
    private static final String VOID_SPARQL_ENDPOINT = "http://rdfs.org/ns/void#sparqlEndpoint";

    private final Dataset dataset;
    private final DatasetDescriber describer;
    private final Clock clock;
    private Graph cached;
    private Instant cachedAt;

    DescriptionServlet(Dataset dataset, Duration queryTimeout) {
        this.dataset = dataset;
        this.clock = Clock.systemUTC();
        this.describer = DatasetDescriber.voidAndDcat(DatasetDescriber.DEFAULT_IRI, clock, queryTimeout);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Graph description;
        try {
            description = description();
        } catch (QueryException e) {
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "counting the dataset did not finish: " + e.getMessage());
            return;
        }
        Graph served = GraphFactory.createDefaultGraph();
        served.getPrefixMapping().setNsPrefixes(description.getPrefixMapping());
        description.find().forEachRemaining(served::add);
        String endpoint = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort()
                + ClaimServer.DATASET_NAME + "/sparql";
        served.add(Triple.create(NodeFactory.createURI(DatasetDescriber.DEFAULT_IRI),
                NodeFactory.createURI(VOID_SPARQL_ENDPOINT), NodeFactory.createURI(endpoint)));

        Lang lang = negotiate(req.getHeader("Accept"));
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(lang.getHeaderString());
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "max-age=" + MAX_AGE.toSeconds());
        RDFDataMgr.write(resp.getOutputStream(), served, lang == Lang.TURTLE ? RDFFormat.TURTLE_PRETTY
                : lang == Lang.JSONLD ? RDFFormat.JSONLD_PRETTY : lang == Lang.RDFXML ? RDFFormat.RDFXML_PRETTY
                : RDFFormat.NTRIPLES);
    }

    private synchronized Graph description() {
        Instant now = clock.instant();
        if (cached == null || cachedAt.plus(MAX_AGE).isBefore(now)) {
            cached = describer.describe(dataset);
            cachedAt = now;
        }
        return cached;
    }

    /** The first of the Accept header's media types we write; Turtle when none (or anything) matches. */
    static Lang negotiate(String accept) {
        if (accept != null) {
            for (String part : accept.split(",")) {
                String type = part.split(";")[0].strip();
                Lang lang = RDFLanguages.contentTypeToLang(type);
                if (lang == Lang.TURTLE || lang == Lang.JSONLD || lang == Lang.NTRIPLES || lang == Lang.RDFXML) {
                    return lang;
                }
                if (type.equals(WebContent.contentTypeJSON)) {
                    return Lang.JSONLD;
                }
            }
        }
        return Lang.TURTLE;
    }
}
