package org.claimgraph.link;

import java.util.Objects;

/**
 * One row of a lookup answer: an item of the external knowledge base that carries one of the names.
 *
 * @param iri the external item
 * @param name the name it was found by (the lexical form, without language tag)
 * @param viaAlias true when found by its alias ({@code skos:altLabel}), false by its label
 * @param directType true when it is an instance of a fitting class itself, false only through a subclass
 */
public record Candidate(String iri, String name, boolean viaAlias, boolean directType) {
    public Candidate {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(name, "name");
    }
}
