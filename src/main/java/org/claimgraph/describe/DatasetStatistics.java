package org.claimgraph.describe;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.rdf.CG;

/**
 * What a store holds, counted over the union of its paper graphs, so a triple or an entity that
 * several papers share counts once.
 *
 * @param graphs named graphs: one per paper, plus the resolved-entities graph ({@code claimgraph resolve})
 *     and one links graph per knowledge base {@code claimgraph link} was run against
 * @param triples distinct triples
 * @param entities distinct subject IRIs in the claimgraph id space ({@code void:entities})
 * @param distinctSubjects distinct subjects
 * @param distinctObjects distinct objects
 * @param namedEntities distinct methods, models, frameworks, datasets, benchmarks, metrics and tasks
 *     (instances of {@code cg:Entity}'s subclasses; a node typed both Model and Method counts once)
 * @param classes distinct instances per class IRI ({@code rdf:type} objects)
 * @param properties triples per predicate IRI
 * @param vocabularies namespaces of the classes and predicates used
 */
public record DatasetStatistics(long graphs, long triples, long entities, long distinctSubjects, long distinctObjects,
                                long namedEntities, SortedMap<String, Long> classes, SortedMap<String, Long> properties,
                                SortedSet<String> vocabularies) {
    /** The properties that link entities to other datasets, as {@code claimgraph link} writes them. */
    public static final List<Resource> LINK_PROPERTIES = List.of(SKOS.exactMatch, SKOS.closeMatch, OWL.sameAs);

    public DatasetStatistics {
        if (graphs < 0 || triples < 0 || entities < 0 || distinctSubjects < 0 || distinctObjects < 0 || namedEntities < 0) {
            throw new IllegalArgumentException("negative count");
        }
        classes = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(classes, "classes")));
        properties = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(properties, "properties")));
        vocabularies = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(vocabularies, "vocabularies")));
    }

    /** Distinct instances of {@code type}; 0 when there are none. */
    public long instancesOf(Resource type) {
        return classes.getOrDefault(type.getURI(), 0L);
    }

    /** Triples with predicate {@code property}; 0 when there are none. */
    public long triplesOf(Resource property) {
        return properties.getOrDefault(property.getURI(), 0L);
    }

    public long papers() {
        return instancesOf(CG.Paper);
    }

    public long resultClaims() {
        return instancesOf(CG.ResultClaim);
    }

    public long proposalClaims() {
        return instancesOf(CG.ProposalClaim);
    }

    /** Triples of the {@link #LINK_PROPERTIES}. */
    public long links() {
        return LINK_PROPERTIES.stream().mapToLong(this::triplesOf).sum();
    }
}
