package org.claimgraph.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimgraph.rdf.CG;

/** The prefixes RDF-MODEL.md agrees on, declared in every RDF serialisation claimgraph writes. */
public final class RdfPrefixes {
    private static final Map<String, String> STANDARD = standardPrefixes();

    private RdfPrefixes() {
    }

    /** Prefix to namespace IRI, in declaration order; unmodifiable. */
    public static Map<String, String> standard() {
        return STANDARD;
    }

    private static Map<String, String> standardPrefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("cg", CG.NS);
        p.put("id", CG.ID);
        p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        p.put("dcterms", "http://purl.org/dc/terms/");
        p.put("schema", "https://schema.org/");
        p.put("prov", "http://www.w3.org/ns/prov#");
        p.put("oa", "http://www.w3.org/ns/oa#");
        p.put("skos", "http://www.w3.org/2004/02/skos/core#");
        p.put("mls", "http://www.w3.org/ns/mls#");
        p.put("fabio", "http://purl.org/spar/fabio/");
        return Collections.unmodifiableMap(p);
    }
}
