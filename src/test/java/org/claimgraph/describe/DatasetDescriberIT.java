package org.claimgraph.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.claimgraph.rdf.CG;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics and description of a real TDB2 store loaded with the hand-written fixture, checked
 * against counts computed here by walking the fixture's quads in memory (no SPARQL).
 */
class DatasetDescriberIT {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final List<Resource> ENTITY_CLASSES = List.of(CG.Method, CG.Model, CG.Framework, CG.Dataset,
            CG.Benchmark, CG.Metric, CG.Task);
    private static final DatasetGraph FIXTURE = RDFDataMgr.loadDatasetGraph("query/claims.trig");

    @TempDir
    static Path dir;
    static ClaimStore store;
    static DatasetStatistics stats;
    static final DatasetDescriber DESCRIBER = DatasetDescriber.voidAndDcat(DatasetDescriber.DEFAULT_IRI,
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(30));

    @BeforeAll
    static void load() {
        store = ClaimStore.openTdb2(dir);
        Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), "query/claims.trig"));
        stats = DESCRIBER.statistics(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Set<Triple> unionTriples() {
        Set<Triple> triples = new HashSet<>();
        FIXTURE.find().forEachRemaining(q -> triples.add(q.asTriple()));
        return triples;
    }

    @Test
    void countsEqualTheFixtureWalkedInMemory() {
        Set<Triple> triples = unionTriples();
        assertTrue(triples.size() < FIXTURE.stream().count(), "the fixture repeats shared entity triples across graphs");
        Set<Node> subjects = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Set<Node> idSubjects = new HashSet<>();
        Map<String, Set<Node>> instances = new HashMap<>();
        Map<String, Long> perProperty = new TreeMap<>();
        Set<Node> namedEntities = new HashSet<>();
        for (Triple t : triples) {
            subjects.add(t.getSubject());
            objects.add(t.getObject());
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(CG.ID)) {
                idSubjects.add(t.getSubject());
            }
            perProperty.merge(t.getPredicate().getURI(), 1L, Long::sum);
            if (t.getPredicate().equals(RDF.Nodes.type)) {
                instances.computeIfAbsent(t.getObject().getURI(), k -> new HashSet<>()).add(t.getSubject());
                if (ENTITY_CLASSES.stream().anyMatch(c -> c.asNode().equals(t.getObject()))) {
                    namedEntities.add(t.getSubject());
                }
            }
        }
        Map<String, Long> perClass = new TreeMap<>();
        instances.forEach((cls, members) -> perClass.put(cls, (long) members.size()));

        assertEquals(4, stats.graphs());
        assertEquals(triples.size(), stats.triples());
        assertEquals(subjects.size(), stats.distinctSubjects());
        assertEquals(objects.size(), stats.distinctObjects());
        assertEquals(idSubjects.size(), stats.entities());
        assertEquals(namedEntities.size(), stats.namedEntities());
        assertEquals(perClass, stats.classes());
        assertEquals(perProperty, stats.properties());

        assertEquals(4, stats.papers());
        assertEquals(10, stats.resultClaims());
        assertEquals(4, stats.proposalClaims());
        assertEquals(0, stats.links());
        assertEquals(Set.of(CG.NS, RDF.uri, RDFS.uri, DCTerms.NS, SchemaDO.NS, "http://www.w3.org/ns/prov#", OA.NS, SKOS.uri),
                stats.vocabularies());
    }

    @Test
    void descriptionIsVoidAndDcat() {
        Model m = ModelFactory.createModelForGraph(DESCRIBER.describe(stats));
        Resource d = m.createResource(DatasetDescriber.DEFAULT_IRI);
        assertTrue(d.hasProperty(RDF.type, VOID.Dataset) && d.hasProperty(RDF.type, DCAT.Dataset));
        assertEquals(stats.triples(), d.getProperty(VOID.triples).getLong());
        assertEquals(stats.entities(), d.getProperty(VOID.entities).getLong());
        assertEquals(stats.distinctSubjects(), d.getProperty(VOID.distinctSubjects).getLong());
        assertEquals(stats.classes().size(), d.getProperty(VOID.classes).getLong());
        assertEquals(NOW.toString(), d.getProperty(DCTerms.created).getString());
        assertTrue(d.getProperty(DCTerms.rights).getString().contains("abstracts belong to their authors"));
        assertFalse(d.hasProperty(DCTerms.license), "no licence is claimed for the authors' abstracts");
        assertTrue(d.hasProperty(DCTerms.conformsTo, m.createResource(CG.ONTOLOGY)));

        Map<String, Long> classPartitions = partitions(d, VOID.classPartition, VOID._class, VOID.entities);
        assertEquals(4, classPartitions.get(CG.Paper.getURI()));
        assertEquals(10, classPartitions.get(CG.ResultClaim.getURI()));
        assertEquals(4, classPartitions.get(CG.ProposalClaim.getURI()));
        assertEquals(stats.namedEntities(), classPartitions.get(CG.Entity.getURI()));
        assertEquals(stats.classes().size() + 1, classPartitions.size());

        Map<String, Long> propertyPartitions = partitions(d, VOID.propertyPartition, VOID.property, VOID.triples);
        assertEquals(stats.triplesOf(CG.value), propertyPartitions.get(CG.value.getURI()));
        for (Resource link : DatasetStatistics.LINK_PROPERTIES) {
            assertEquals(0L, propertyPartitions.get(link.getURI()), link.getURI());
        }
        Set<String> vocabularies = new HashSet<>();
        d.listProperties(VOID.vocabulary).forEachRemaining(s -> vocabularies.add(s.getResource().getURI()));
        assertEquals(stats.vocabularies(), vocabularies);
    }

    @Test
    void emptyStoreHasZeroCounts(@TempDir Path empty) {
        try (ClaimStore other = ClaimStore.openTdb2(empty)) {
            DatasetStatistics none = DESCRIBER.statistics(other.dataset());
            assertEquals(0, none.triples());
            assertEquals(0, none.papers());
            assertTrue(none.classes().isEmpty() && none.vocabularies().isEmpty());
            Graph g = DESCRIBER.describe(none);
            assertFalse(g.isEmpty());
        }
    }

    private static Map<String, Long> partitions(Resource d, Property partition, Property key, Property count) {
        Map<String, Long> counts = new HashMap<>();
        for (Statement s : d.listProperties(partition).toList()) {
            Resource p = s.getResource();
            RDFNode k = p.getProperty(key).getObject();
            counts.put(k.asResource().getURI(), p.getProperty(count).getLong());
        }
        return counts;
    }
}
