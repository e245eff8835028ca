package org.claimgraph.link;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.claimgraph.rdf.CG;

/**
 * A knowledge base to link to: its SPARQL endpoint and lookup query.
 *
 * @param name short name used in the links graph's IRI ({@code wikidata}, or a slug of the endpoint URL)
 * @param endpoint the SPARQL endpoint
 * @param template the lookup query
 */
public record LinkTarget(String name, URI endpoint, LookupTemplate template) {
    /** Wikidata Query Service. */
    public static final URI WIKIDATA = URI.create("https://query.wikidata.org/sparql");
    /** DBpedia's public Virtuoso endpoint. */
    public static final URI DBPEDIA = URI.create("https://dbpedia.org/sparql");
    /** ORKG's public triple store endpoint (not checked from this machine, which has no internet). */
    public static final URI ORKG = URI.create("https://www.orkg.org/triplestore");

    public LinkTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(template, "template");
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("target name must be [a-z0-9-]: '" + name + "'");
        }
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || endpoint.getHost() == null) {
            throw new IllegalArgumentException("endpoint must be an http(s) URL: " + endpoint);
        }
    }

    /**
     * {@code wikidata}, {@code dbpedia}, {@code orkg} or an endpoint URL (looked up with the
     * Wikidata-shaped template); {@code queryFile}, when given, replaces the template.
     */
    public static LinkTarget of(String target, Path queryFile) {
        Objects.requireNonNull(target, "target");
        String t = target.strip();
        LinkTarget known = switch (t.toLowerCase(Locale.ROOT)) {
            case "wikidata" -> new LinkTarget("wikidata", WIKIDATA, LookupTemplate.shipped("wikidata"));
            case "dbpedia" -> new LinkTarget("dbpedia", DBPEDIA, LookupTemplate.shipped("dbpedia"));
            case "orkg" -> new LinkTarget("orkg", ORKG, LookupTemplate.shipped("orkg"));
            default -> null;
        };
        if (known == null) {
            URI endpoint;
            try {
                endpoint = new URI(t);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("target must be wikidata, dbpedia, orkg or an endpoint URL: '" + target + "'");
            }
            if (endpoint.getScheme() == null || endpoint.getHost() == null) {
                throw new IllegalArgumentException("target must be wikidata, dbpedia, orkg or an endpoint URL: '" + target + "'");
            }
            known = new LinkTarget(slug(endpoint), endpoint, LookupTemplate.shipped("wikidata"));
        }
        return queryFile == null ? known : new LinkTarget(known.name, known.endpoint, LookupTemplate.file(queryFile));
    }

    /** {@code ID + "graph/links/" + name}: the named graph that holds this target's links and nothing else. */
    public String graphIri() {
        return CG.ID + "graph/links/" + name;
    }

    /** True for an endpoint on this machine, which needs no rate limit. */
    public boolean isLoopback() {
        String host = endpoint.getHost();
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+") && !host.startsWith("[")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String slug(URI endpoint) {
        String raw = endpoint.getHost() + (endpoint.getPort() < 0 ? "" : "-" + endpoint.getPort())
                + (endpoint.getPath() == null ? "" : endpoint.getPath());
        String slug = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "endpoint" : slug;
    }
}
