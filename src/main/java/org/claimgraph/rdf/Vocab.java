package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;

/** Nodes of the external vocabularies the mapping uses, and the prefix map; Jena ships no PROV-O constants. */
final class Vocab {
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String MLS = "http://www.w3.org/ns/mls#";
    static final String FABIO = "http://purl.org/spar/fabio/";

    static final Node TYPE = RDF.Nodes.type;
    static final Node LABEL = RDFS.Nodes.label;
    static final Node ALT_LABEL = SKOS.altLabel.asNode();

    static final Node DC_IDENTIFIER = DCTerms.identifier.asNode();
    static final Node DC_TITLE = DCTerms.title.asNode();
    static final Node DC_ABSTRACT = DCTerms.abstract_.asNode();
    static final Node DC_CREATOR = DCTerms.creator.asNode();
    static final Node DC_DATE = DCTerms.date.asNode();
    static final Node DC_SUBJECT = DCTerms.subject.asNode();

    static final Node SCHEMA_URL = SchemaDO.url.asNode();
    static final Node SCHEMA_SAME_AS = SchemaDO.sameAs.asNode();
    static final Node FABIO_HAS_ARXIV_ID = NodeFactory.createURI(FABIO + "hasArXivId");
    static final Node SCHEMA_SOFTWARE_VERSION = SchemaDO.softwareVersion.asNode();

    static final Node PROV_ACTIVITY = NodeFactory.createURI(PROV + "Activity");
    static final Node PROV_SOFTWARE_AGENT = NodeFactory.createURI(PROV + "SoftwareAgent");
    static final Node PROV_WAS_GENERATED_BY = NodeFactory.createURI(PROV + "wasGeneratedBy");
    static final Node PROV_WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");
    static final Node PROV_WAS_ASSOCIATED_WITH = NodeFactory.createURI(PROV + "wasAssociatedWith");
    static final Node PROV_ENDED_AT_TIME = NodeFactory.createURI(PROV + "endedAtTime");
    static final Node PROV_USED = NodeFactory.createURI(PROV + "used");

    static final Node OA_TEXT_QUOTE_SELECTOR = OA.TextQuoteSelector.asNode();
    static final Node OA_TEXT_POSITION_SELECTOR = OA.TextPositionSelector.asNode();
    static final Node OA_EXACT = OA.exact.asNode();
    static final Node OA_START = OA.start.asNode();
    static final Node OA_END = OA.end.asNode();

    private Vocab() {
    }

    static PrefixMap prefixMap() {
        PrefixMap map = PrefixMapFactory.create();
        map.add("cg", CG.NS);
        map.add("id", CG.ID);
        map.add("dcterms", DCTerms.NS);
        map.add("schema", SchemaDO.NS);
        map.add("prov", PROV);
        map.add("oa", OA.NS);
        map.add("skos", SKOS.uri);
        map.add("mls", MLS);
        map.add("fabio", FABIO);
        map.add("xsd", XSD.NS);
        map.add("rdf", RDF.uri);
        map.add("rdfs", RDFS.uri);
        return map;
    }
}
