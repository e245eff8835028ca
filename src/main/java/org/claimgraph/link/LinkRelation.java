package org.claimgraph.link;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;

/** The property a link is written with, strongest first. */
public enum LinkRelation {
    SAME_AS(OWL.sameAs),
    EXACT_MATCH(SKOS.exactMatch),
    CLOSE_MATCH(SKOS.closeMatch);

    private final Property property;

    LinkRelation(Property property) {
        this.property = property;
    }

    public Property property() {
        return property;
    }
}
