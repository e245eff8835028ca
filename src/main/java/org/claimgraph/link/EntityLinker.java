package org.claimgraph.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;

/**
 * Links a store's entities to one target and replaces the target's links graph with the result.
 *
 * <p>Design decision: every lookup runs before anything is written, and the graph is replaced in one
 * write transaction, so a run that fails half-way (endpoint down) leaves the previous links intact;
 * the answers it did get are in the cache, so running again costs only the missing requests. The
 * entity list is held in memory (IRI, kind, names: small beside the store); the graph is not.
 *
 * <p>In the links graph, per link: {@code entity skos:exactMatch|skos:closeMatch|owl:sameAs item}, and
 * a {@link CG#EntityLink} node restating it (rdf:subject/predicate/object) with {@link CG#linkScore},
 * {@link CG#matchedName}, {@code prov:generatedAtTime} (when the endpoint answered) and
 * {@code prov:wasGeneratedBy} the lookup, a {@link CG#EntityLookup} (a kind of {@code prov:Activity},
 * typed apart so the SHACL shapes for extraction runs do not apply) that {@code prov:used} the
 * endpoint, with {@link CG#lookupQuery}, {@code prov:endedAtTime} and the linker as
 * {@code prov:wasAssociatedWith} agent.
 */
public final class EntityLinker {
    static final String PROV = "http://www.w3.org/ns/prov#";
    private static final Node SCHEMA_SOFTWARE_VERSION = uri("https://schema.org/softwareVersion");
    private static final Node PROV_USED = uri(PROV + "used");
    private static final Node PROV_GENERATED_AT = uri(PROV + "generatedAtTime");
    private static final Node PROV_GENERATED_BY = uri(PROV + "wasGeneratedBy");
    private static final Node PROV_ENDED = uri(PROV + "endedAtTime");
    private static final Node PROV_ASSOCIATED = uri(PROV + "wasAssociatedWith");
    private static final Node PROV_SOFTWARE_AGENT = uri(PROV + "SoftwareAgent");
    private static final String AGENT_NAME = "claimgraph-link";
    private static final String AGENT_VERSION = "0.1.0";

    private static final String ENTITIES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?entity ?class ?label WHERE {
              VALUES ?class { cg:Dataset cg:Benchmark cg:Method cg:Model cg:Framework cg:Metric cg:Task }
              ?entity a ?class ; rdfs:label ?label .
            }
            ORDER BY ?entity ?label
            """;

    private final LookupService lookups;
    private final LinkScorer scorer;

    /** A linker that asks {@code lookups} and keeps the candidates that reach {@code thresholds}; it does not close {@code lookups}. */
    public EntityLinker(LookupService lookups, Thresholds thresholds) {
        this.lookups = Objects.requireNonNull(lookups, "lookups");
        this.scorer = new LinkScorer(thresholds);
    }

    /**
     * The store's entities of the given kinds, ordered by IRI, at most {@code limit} (0 or less: all).
     * Reads the union of the paper graphs in one read transaction.
     */
    public static List<LocalEntity> entities(Dataset store, Set<EntityKind> kinds, long limit) {
        Map<String, EntityKind> kindOf = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        Txn.executeRead(store, () -> {
            try (QueryExecution qe = QueryExecution.dataset(store).query(ENTITIES).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    if (!row.get("entity").isURIResource() || !row.get("label").isLiteral()) {
                        continue;
                    }
                    String iri = row.getResource("entity").getURI();
                    EntityKind kind = EntityKind.ofClass(row.getResource("class").getURI());
                    if (kind == null || !kinds.contains(kind)) {
                        continue;
                    }
                    kindOf.merge(iri, kind, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                    List<String> list = names.computeIfAbsent(iri, k -> new ArrayList<>());
                    String label = row.getLiteral("label").getLexicalForm();
                    if (!list.contains(label)) {
                        list.add(label);
                    }
                }
            }
        });
        List<LocalEntity> out = new ArrayList<>();
        for (Map.Entry<String, EntityKind> e : kindOf.entrySet()) {
            if (limit > 0 && out.size() >= limit) {
                break;
            }
            out.add(new LocalEntity(e.getKey(), e.getValue(), names.get(e.getKey())));
        }
        return out;
    }

    /** Looks up every entity of {@code kinds} (at most {@code limit}) in {@code target} and replaces its links graph in {@code store}. */
    public LinkSummary link(Dataset store, LinkTarget target, Set<EntityKind> kinds, long limit, LinkListener listener) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(listener, "listener");
        long start = System.nanoTime();
        long requestsBefore = lookups.requests();
        long hitsBefore = lookups.cacheHits();
        List<LocalEntity> entities = entities(store, kinds.isEmpty() ? EnumSet.allOf(EntityKind.class) : kinds, limit);
        Node graph = uri(target.graphIri());
        List<Quad> quads = new ArrayList<>();
        Map<LinkRelation, Long> counts = new EnumMap<>(LinkRelation.class);
        for (LinkRelation r : LinkRelation.values()) {
            counts.put(r, 0L);
        }
        Map<EntityKind, Long> byKind = new EnumMap<>(EntityKind.class);
        Map<EntityKind, Long> linkedByKind = new EnumMap<>(EntityKind.class);
        for (EntityKind k : EntityKind.values()) {
            byKind.put(k, 0L);
            linkedByKind.put(k, 0L);
        }
        long linked = 0;
        long done = 0;
        Node agent = uri(Iris.agent(AGENT_NAME, AGENT_VERSION));
        for (LocalEntity entity : entities) {
            Lookup lookup = lookups.lookup(target, entity);
            List<ScoredLink> links = scorer.score(entity, lookup.candidates());
            byKind.merge(entity.kind(), 1L, Long::sum);
            if (!links.isEmpty()) {
                linked++;
                linkedByKind.merge(entity.kind(), 1L, Long::sum);
                Node activity = uri(target.graphIri() + "/lookup/" + hash(entity.iri()));
                Node time = NodeFactory.createLiteralDT(lookup.time().toString(), XSDDatatype.XSDdateTime);
                quads.add(Quad.create(graph, activity, RDF.Nodes.type, CG.EntityLookup.asNode()));
                quads.add(Quad.create(graph, activity, PROV_USED, uri(lookup.endpoint().toString())));
                quads.add(Quad.create(graph, activity, PROV_ENDED, time));
                quads.add(Quad.create(graph, activity, PROV_ASSOCIATED, agent));
                quads.add(Quad.create(graph, activity, CG.lookupQuery.asNode(), NodeFactory.createLiteralString(lookup.query())));
                for (ScoredLink link : links) {
                    counts.merge(link.relation(), 1L, Long::sum);
                    Node e = uri(link.entity());
                    Node item = uri(link.item());
                    Node p = link.relation().property().asNode();
                    Node node = uri(target.graphIri() + "/link/" + hash(link.entity() + " " + link.item()));
                    quads.add(Quad.create(graph, e, p, item));
                    quads.add(Quad.create(graph, node, RDF.Nodes.type, CG.EntityLink.asNode()));
                    quads.add(Quad.create(graph, node, RDF.Nodes.subject, e));
                    quads.add(Quad.create(graph, node, RDF.Nodes.predicate, p));
                    quads.add(Quad.create(graph, node, RDF.Nodes.object, item));
                    quads.add(Quad.create(graph, node, CG.linkScore.asNode(),
                            NodeFactory.createLiteralDT(Double.toString(round(link.score())), XSDDatatype.XSDdouble)));
                    quads.add(Quad.create(graph, node, CG.matchedName.asNode(), NodeFactory.createLiteralString(link.name())));
                    quads.add(Quad.create(graph, node, PROV_GENERATED_AT, time));
                    quads.add(Quad.create(graph, node, PROV_GENERATED_BY, activity));
                }
            }
            done++;
            listener.lookedUp(entity, lookup, links, done, entities.size());
        }
        if (linked > 0) {
            quads.add(Quad.create(graph, agent, RDF.Nodes.type, PROV_SOFTWARE_AGENT));
            quads.add(Quad.create(graph, agent, RDFS.Nodes.label, NodeFactory.createLiteralString(AGENT_NAME)));
            quads.add(Quad.create(graph, agent, SCHEMA_SOFTWARE_VERSION, NodeFactory.createLiteralString(AGENT_VERSION)));
        }
        DatasetGraph dsg = store.asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            quads.forEach(dsg::add);
        });
        return new LinkSummary(target.name(), target.graphIri(), entities.size(), linked, counts, byKind, linkedByKind,
                lookups.requests() - requestsBefore, lookups.cacheHits() - hitsBefore,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
