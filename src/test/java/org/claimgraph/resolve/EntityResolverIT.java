package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.cli.Main;
import org.claimgraph.rdf.CG;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resolution on real TDB2 stores filled by the real pipeline ({@code claimgraph load}, which
 * resolves after loading): the bundled Daily Papers abstracts, among them GeometryZero's
 * "Group Contrastive Policy Optimization (GCPO)", and two abstracts made for this test that name
 * GCPO bare, CIFAR100 / CIFAR-100, ImageNet / ImageNet-R and MuMath-Code-7B / MuMath-Code-70B.
 */
class EntityResolverIT {
    private static final String BUNDLED = "data/daily-papers-jul-28.txt";
    private static final String STEPGEO = "src/test/resources/resolve/stepgeo.jsonl";
    private static final String SCALEVIT = "src/test/resources/resolve/scalevit.jsonl";
    private static final String ID = CG.ID;
    private static final Node GCPO_LONG = NodeFactory.createURI(ID + "method/groupcontrastivepolicyoptimization");
    private static final Node GCPO_BARE = NodeFactory.createURI(ID + "method/gcpo");

    @TempDir
    static Path tmp;
    private static Path forward;
    private static Path backward;

    @BeforeAll
    static void loadInBothOrders() {
        forward = tmp.resolve("forward");
        load(forward, BUNDLED);
        load(forward, STEPGEO, SCALEVIT);
        backward = tmp.resolve("backward");
        load(backward, SCALEVIT);
        load(backward, STEPGEO);
        load(backward, BUNDLED);
    }

    private static void load(Path db, String... inputs) {
        List<String> args = new java.util.ArrayList<>(List.of("load"));
        args.addAll(List.of(inputs));
        args.addAll(List.of("--db", db.toString(), "--rejects", tmp.resolve("rejects.jsonl").toString()));
        assertEquals(0, Main.run(args.toArray(String[]::new)), "load " + args);
    }

    private static Set<Triple> entitiesGraph(Path db) {
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            return Txn.calculateRead(dsg, () -> {
                Set<Triple> triples = new HashSet<>();
                dsg.getGraph(NodeFactory.createURI(EntityResolver.ENTITIES_GRAPH)).find().forEachRemaining(triples::add);
                return triples;
            });
        }
    }

    private static Node canonicalOf(Set<Triple> graph, String iri) {
        Node node = NodeFactory.createURI(iri);
        List<Node> canon = graph.stream().filter(t -> t.getSubject().equals(node) && t.getPredicate().equals(CG.canonical.asNode()))
                .map(Triple::getObject).toList();
        assertEquals(1, canon.size(), "exactly one cg:canonical for " + iri + ": " + canon);
        return canon.get(0);
    }

    private static Set<String> values(Set<Triple> graph, Node subject, Node predicate) {
        Set<String> values = new HashSet<>();
        graph.stream().filter(t -> t.getSubject().equals(subject) && t.getPredicate().equals(predicate))
                .forEach(t -> values.add(t.getObject().getLiteralLexicalForm()));
        return values;
    }

    @Test
    void acronymInOnePaperAndLongFormInAnotherAreOneEntity() {
        Set<Triple> graph = entitiesGraph(forward);
        assertEquals(GCPO_LONG, canonicalOf(graph, GCPO_BARE.getURI()));
        assertEquals(GCPO_LONG, canonicalOf(graph, GCPO_LONG.getURI()));
        assertEquals(Set.of("Group Contrastive Policy Optimization"), values(graph, GCPO_LONG, SKOS.prefLabel.asNode()));
        assertTrue(values(graph, GCPO_BARE, CG.matchKey.asNode()).contains("groupcontrastivepolicyoptimization"),
                "the bare acronym's node gets the long form's key, so lookups by either name find both");
    }

    @Test
    void spellingVariantsShareOneNodeAndDistinctThingsStayApart() {
        Set<Triple> graph = entitiesGraph(forward);
        Node cifar = canonicalOf(graph, ID + "dataset/cifar100");
        assertEquals(ID + "dataset/cifar100", cifar.getURI());
        assertEquals(Set.of("CIFAR-100"), values(graph, cifar, SKOS.prefLabel.asNode()), "tie of CIFAR100 and CIFAR-100");
        assertNotEquals(canonicalOf(graph, ID + "dataset/imagenet"), canonicalOf(graph, ID + "dataset/imagenetr"));
        assertNotEquals(canonicalOf(graph, ID + "method/mumathcode7b"), canonicalOf(graph, ID + "method/mumathcode70b"));
        assertNotEquals(canonicalOf(graph, ID + "dataset/math"), canonicalOf(graph, ID + "dataset/mathvista"));
    }

    @Test
    void everyEntityNodeHasOneCanonicalAndEveryCanonicalOnePreferredLabel() {
        Set<Triple> graph = entitiesGraph(forward);
        Set<Node> canonicals = new HashSet<>();
        Set<Node> members = new HashSet<>();
        for (Triple t : graph) {
            if (t.getPredicate().equals(CG.canonical.asNode())) {
                assertTrue(members.add(t.getSubject()), "two cg:canonical for " + t.getSubject());
                canonicals.add(t.getObject());
            }
        }
        for (Node c : canonicals) {
            assertEquals(c, canonicalOf(graph, c.getURI()), "a canonical node is its own canonical");
            assertEquals(1, values(graph, c, SKOS.prefLabel.asNode()).size(), "one skos:prefLabel on " + c);
        }
        assertTrue(members.size() > canonicals.size(), "some nodes were merged: " + members.size() + " nodes");
    }

    @Test
    void resultDoesNotDependOnLoadOrder() {
        assertEquals(entitiesGraph(forward), entitiesGraph(backward));
    }

    @Test
    void resolvingAgainAndReloadingChangeNothing() {
        Path db = tmp.resolve("again");
        load(db, BUNDLED, STEPGEO, SCALEVIT);
        Set<Triple> first = entitiesGraph(db);
        assertEquals(entitiesGraph(forward), first, "one load of all inputs = two loads");
        assertEquals(0, Main.run("resolve", "--db", db.toString()));
        assertEquals(first, entitiesGraph(db));
        load(db, STEPGEO);
        assertEquals(first, entitiesGraph(db));
    }

    @Test
    void queriesByTheLongFormFindClaimsNamingOnlyTheAcronym() throws IOException {
        Path csv = tmp.resolve("beats-gcpo.csv");
        assertEquals(0, Main.run("query", "--db", forward.toString(), "beats-baseline",
                "--param", "baseline=Group Contrastive Policy Optimization", "--format", "csv", "-o", csv.toString()));
        String rows = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(rows.contains("resolve-b"), "StepGeo's claim against bare GCPO: " + rows);
        assertTrue(rows.contains("2.1"), rows);
    }

    @Test
    void withoutTheLongFormTheAcronymStaysItsOwnEntity() {
        Path db = tmp.resolve("acronym-only");
        load(db, STEPGEO);
        Set<Triple> graph = entitiesGraph(db);
        assertEquals(GCPO_BARE, canonicalOf(graph, GCPO_BARE.getURI()));
        assertFalse(graph.stream().anyMatch(t -> t.getSubject().equals(GCPO_LONG)));
    }
}
