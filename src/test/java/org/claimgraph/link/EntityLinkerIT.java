package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.rdf.CG;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.validate.ClaimValidator;
import org.claimgraph.validate.ValidationReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link EntityLinker} against a real Fuseki serving a Wikidata-shaped fixture, writing into a real TDB2 store. */
class EntityLinkerIT {
    static final String WD = "http://www.wikidata.org/entity/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final Set<EntityKind> ALL = EnumSet.allOf(EntityKind.class);

    @TempDir
    Path work;
    WikidataFixture wikidata;
    ClaimStore store;
    LinkTarget target;

    @BeforeEach
    void start() {
        wikidata = new WikidataFixture();
        WikidataFixture.writeStore(work.resolve("db"));
        store = ClaimStore.openTdb2(work.resolve("db"));
        target = LinkTarget.of(wikidata.endpoint().toString(), null);
    }

    @AfterEach
    void stop() {
        if (store != null) {
            store.close();
        }
        wikidata.close();
    }

    LinkSummary run(LookupCache cache) {
        try (SparqlLookupService lookups = new SparqlLookupService(Politeness.loopback(), cache)) {
            return new EntityLinker(lookups, Thresholds.DEFAULT).link(store.dataset(), target, ALL, 0, LinkListener.NONE);
        }
    }

    Model links() {
        return Txn.calculateRead(store.dataset(), () -> {
            Model copy = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            copy.add(store.dataset().getNamedModel(target.graphIri()));
            return copy;
        });
    }

    static Resource entity(String path) {
        return ResourceFactory.createResource(CG.ID + path);
    }

    static Resource item(String q) {
        return ResourceFactory.createResource(WD + q);
    }

    @Test
    void gsm8kLinksExactlyToTheFixturesGsm8kItem() {
        LinkSummary summary = run(LookupCache.none());
        Model m = links();
        assertTrue(m.contains(entity("dataset/gsm8k"), SKOS.exactMatch, item("Q90001")), m.toString());
        assertFalse(m.contains(entity("dataset/gsm8k"), SKOS.exactMatch, item("Q90007")), "a French label is not an English one");
        assertFalse(m.contains(entity("dataset/gsm8k"), SKOS.closeMatch, item("Q90007")));
        assertEquals(6, summary.entities());
        assertEquals(6, summary.requests(), "one request per entity");
        assertEquals(0, summary.cacheHits());
        assertEquals(6, wikidata.requests());
        assertFalse(m.contains(null, OWL.sameAs, (Resource) null), "owl:sameAs is off by default");
    }

    @Test
    void aMethodDoesNotLinkToADatasetOfTheSameName() {
        run(LookupCache.none());
        Model m = links();
        assertFalse(m.contains(entity("method/react"), null, (Resource) null), "ReAct the method is not the ReAct data set");
        assertTrue(m.contains(entity("method/ppo"), SKOS.closeMatch, item("Q90006")), "found by its alias, typed algorithm");
        assertFalse(m.contains(entity("metric/accuracy"), null, (Resource) null));
    }

    @Test
    void twoEquallyGoodCandidatesGetCloseMatchesAndNoExactMatch() {
        run(LookupCache.none());
        Model m = links();
        assertTrue(m.contains(entity("dataset/math"), SKOS.closeMatch, item("Q90003")));
        assertTrue(m.contains(entity("dataset/math"), SKOS.closeMatch, item("Q90004")));
        assertFalse(m.contains(entity("dataset/math"), SKOS.exactMatch, (Resource) null));
        assertEquals(0.667, scoreOf(m, entity("dataset/math"), item("Q90003")), 0.001);
    }

    @Test
    void aSubclassTypeFitsLessThanADirectOne() {
        run(LookupCache.none());
        Model m = links();
        assertTrue(m.contains(entity("dataset/humaneval"), SKOS.closeMatch, item("Q90005")));
        assertEquals(0.85, scoreOf(m, entity("dataset/humaneval"), item("Q90005")), 0.001);
        assertEquals(1.0, scoreOf(m, entity("dataset/gsm8k"), item("Q90001")), 0.001);
    }

    @Test
    void everyLinkCarriesItsScoreTimeEndpointAndQuery() {
        Instant before = Instant.now().minusSeconds(1);
        run(LookupCache.none());
        Model m = links();
        List<Resource> nodes = m.listSubjectsWithProperty(RDF.type, CG.EntityLink).toList();
        assertEquals(m.listStatements(null, SKOS.closeMatch, (Resource) null).toList().size()
                + m.listStatements(null, SKOS.exactMatch, (Resource) null).toList().size(), nodes.size());
        for (Resource n : nodes) {
            Resource subject = n.getPropertyResourceValue(RDF.subject);
            Resource predicate = n.getPropertyResourceValue(RDF.predicate);
            Resource object = n.getPropertyResourceValue(RDF.object);
            assertTrue(m.contains(subject, m.createProperty(predicate.getURI()), object), "the node restates a link triple");
            double score = n.getProperty(CG.linkScore).getDouble();
            assertTrue(score > 0 && score <= 1);
            Literal time = n.getProperty(m.createProperty(PROV, "generatedAtTime")).getLiteral();
            assertEquals(XSDDatatype.XSDdateTime.getURI(), time.getDatatypeURI());
            assertTrue(Instant.parse(time.getLexicalForm()).isAfter(before));
            Resource activity = n.getPropertyResourceValue(m.createProperty(PROV, "wasGeneratedBy"));
            assertTrue(activity.hasProperty(RDF.type, CG.EntityLookup));
            assertEquals(wikidata.endpoint().toString(), activity.getPropertyResourceValue(m.createProperty(PROV, "used")).getURI());
            String query = activity.getProperty(CG.lookupQuery).getString();
            assertTrue(query.contains("\"" + n.getProperty(CG.matchedName).getString() + "\"@en"), query);
        }
        assertTrue(nodes.size() >= 5);
    }

    @Test
    void theLinksGraphConformsToTheShapes() {
        run(LookupCache.none());
        ValidationReport report = ClaimValidator.shacl().validate(links().getGraph());
        assertTrue(report.conforms(), String.join("\n", report.lines()));
    }

    @Test
    void aSecondRunWithTheCacheSendsNoRequest() {
        Path cacheFile = work.resolve("cache.jsonl");
        LinkSummary first = run(LookupCache.open(cacheFile));
        Model firstLinks = links();
        int served = wikidata.requests();
        assertEquals(6, served);
        assertEquals(6, Files.exists(cacheFile) ? lines(cacheFile) : 0);

        LinkSummary second = run(LookupCache.open(cacheFile));
        assertEquals(served, wikidata.requests(), "the server saw no new request");
        assertEquals(0, second.requests());
        assertEquals(6, second.cacheHits());
        assertEquals(first.links(), second.links());
        assertTrue(firstLinks.isIsomorphicWith(links()), "same links, same lookup times from the cache");
    }

    @Test
    void reRunningReplacesTheLinksGraph() {
        run(LookupCache.none());
        long quads = quadsInLinksGraph();
        Node stale = NodeFactory.createURI(CG.ID + "dataset/old");
        Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().add(Quad.create(
                NodeFactory.createURI(target.graphIri()), stale, SKOS.exactMatch.asNode(), NodeFactory.createURI(WD + "Q1"))));
        run(LookupCache.none());
        assertEquals(quads, quadsInLinksGraph());
        assertFalse(links().contains(ResourceFactory.createResource(stale.getURI()), null, (Resource) null));
        assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().containsNamedModel(CG.ID + "paper/p1")),
                "paper graphs are untouched");
    }

    @Test
    void a429WithRetryAfterIsWaitedForAndRetried() {
        wikidata.answer429(1);
        long start = System.nanoTime();
        LinkSummary summary;
        try (SparqlLookupService lookups = new SparqlLookupService(Politeness.loopback(), LookupCache.none())) {
            summary = new EntityLinker(lookups, Thresholds.DEFAULT)
                    .link(store.dataset(), target, EnumSet.of(EntityKind.DATASET), 1, LinkListener.NONE);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(2, wikidata.requests(), "one 429, one retry");
        assertEquals(2, summary.requests());
        assertTrue(took.toMillis() >= 900, "waited for Retry-After: 1, took " + took);
        assertEquals(1, summary.entities());
        assertEquals(1, summary.linkedEntities());
    }

    @Test
    void retryAfterAsAnHttpDateIsHonouredToo() {
        String inTwoSeconds = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(2));
        wikidata.answer429(1, inTwoSeconds);
        long start = System.nanoTime();
        try (SparqlLookupService lookups = new SparqlLookupService(Politeness.loopback(), LookupCache.none())) {
            new EntityLinker(lookups, Thresholds.DEFAULT).link(store.dataset(), target, ALL, 1, LinkListener.NONE);
        }
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(2, wikidata.requests());
        assertTrue(millis >= 900, "waited until the date (whole seconds, so at least ~1 s), took " + millis + " ms");
    }

    @Test
    void givesUpAfterTheRetriesWithTheEndpointInTheMessage() {
        wikidata.answer429(10);
        Politeness quick = new Politeness(Politeness.USER_AGENT, 0, Duration.ofSeconds(5), Duration.ofSeconds(5), 1,
                Duration.ofMillis(10), Duration.ofMillis(50));
        try (SparqlLookupService lookups = new SparqlLookupService(quick, LookupCache.none())) {
            LinkException e = assertThrows(LinkException.class, () -> new EntityLinker(lookups, Thresholds.DEFAULT)
                    .link(store.dataset(), target, ALL, 0, LinkListener.NONE));
            assertTrue(e.getMessage().contains(wikidata.endpoint().toString()) && e.getMessage().contains("429"), e.getMessage());
        }
        assertEquals(2, wikidata.requests(), "first try and one retry, then no more (the 429 wait is capped at 50 ms)");
        assertEquals(0, quadsInLinksGraph(), "nothing written");
    }

    @Test
    void theRateLimitSpacesRequestsApart() {
        long start = System.nanoTime();
        try (SparqlLookupService lookups = new SparqlLookupService(Politeness.loopback().withRate(5), LookupCache.none())) {
            new EntityLinker(lookups, Thresholds.DEFAULT).link(store.dataset(), target, ALL, 4, LinkListener.NONE);
        }
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(4, wikidata.requests());
        assertTrue(millis >= 590, "4 requests at 5/s need 3 gaps of 200 ms; took " + millis + " ms");
        assertEquals(Duration.ofSeconds(1), Politeness.publicEndpoint().minInterval(), "public endpoints: 1 request/s");
    }

    @Test
    void sendsADescriptiveUserAgent() {
        run(LookupCache.none());
        assertFalse(wikidata.userAgents().isEmpty());
        for (String agent : wikidata.userAgents()) {
            assertTrue(agent.startsWith("claimgraph/") && agent.contains("https://"), agent);
        }
    }

    @Test
    void typesAndLimitNarrowTheRun() {
        try (SparqlLookupService lookups = new SparqlLookupService(Politeness.loopback(), LookupCache.none())) {
            LinkSummary s = new EntityLinker(lookups, Thresholds.DEFAULT)
                    .link(store.dataset(), target, EnumSet.of(EntityKind.METHOD), 0, LinkListener.NONE);
            assertEquals(2, s.entities());
            assertEquals(2, wikidata.requests());
        }
        Dataset ds = store.dataset();
        assertEquals(2, EntityLinker.entities(ds, ALL, 2).size());
    }

    double scoreOf(Model m, Resource entity, Resource item) {
        for (Statement s : m.listStatements(null, RDF.subject, entity).toList()) {
            if (s.getSubject().hasProperty(RDF.object, item)) {
                return s.getSubject().getProperty(CG.linkScore).getDouble();
            }
        }
        throw new AssertionError("no link node for " + entity + " -> " + item);
    }

    long quadsInLinksGraph() {
        return Txn.calculateRead(store.dataset(), () -> {
            long[] n = {0};
            store.dataset().asDatasetGraph().find(NodeFactory.createURI(target.graphIri()), Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    static int lines(Path file) {
        try {
            return (int) Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
