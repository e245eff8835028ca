package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Evidence;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.extract.Result;
import org.claimgraph.extract.ResultKind;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.SourcePosition;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Provenance;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.validate.ClaimValidator;
import org.claimgraph.validate.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resolver on a real TDB2 store, fed papers' claims directly (no NLP) so that each case names
 * exactly the entities it is about. Names come from the bundled data (GCPO, CPL, MATH), the arXiv
 * pool (Grade School Math 8K (GSM8K), STAR, Canonical Polyadic (CP)) and the public benchmarks (CIFAR100, BLEU-1/BLEU-4).
 */
class KeyClusterResolverTest {
    private static final Provenance PROVENANCE = new Provenance("claimgraph-rules", "test", Instant.parse("2025-01-01T00:00:00Z"));
    private static final String ID = CG.ID;

    @TempDir
    Path tmp;

    /** One paper: proposals, benchmarks and one result per (method, benchmark, baseline) triple given. */
    private static PaperClaims paper(String id, List<Entity> proposes, List<Entity> benchmarks, List<Entity> metrics,
            String... methodBenchmarkBaseline) {
        String sentence = "Our method improves accuracy by 1.5%.";
        Paper paper = new Paper(id, "Paper " + id, sentence, List.of(), null, null, List.of(), new SourcePosition("t.jsonl", 1));
        List<Result> results = new ArrayList<>();
        for (int i = 0; i + 2 < methodBenchmarkBaseline.length; i += 3) {
            results.add(new Result(methodBenchmarkBaseline[i], methodBenchmarkBaseline[i + 1], null, new BigDecimal("1.5"), "%",
                    ResultKind.IMPROVEMENT, methodBenchmarkBaseline[i + 2], null,
                    new Evidence(sentence, new Span(0, sentence.length())), 0.8));
        }
        return new PaperClaims(paper, proposes, List.of(), benchmarks, metrics, results);
    }

    private static Entity method(String name, String... aliases) {
        return new Entity(name, List.of(aliases), EntityType.METHOD);
    }

    private static Entity benchmark(String name, String... aliases) {
        return new Entity(name, List.of(aliases), EntityType.BENCHMARK);
    }

    private static final List<PaperClaims> PAPERS = List.of(
            paper("geometryzero", List.of(new Entity("Group Contrastive Policy Optimization", List.of("GCPO"), EntityType.FRAMEWORK)),
                    List.of(benchmark("Geometry3K")), List.of()),
            paper("stepgeo", List.of(method("StepGeo")), List.of(benchmark("CIFAR100"), benchmark("MATH")), List.of(),
                    "StepGeo", "Geometry3K", "GCPO", "StepGeo", "CIFAR100", "LLMs"),
            paper("scalevit", List.of(method("ScaleViT")), List.of(benchmark("CIFAR-100"), benchmark("ImageNet"), benchmark("ImageNet-R")),
                    List.of(Entity.of("BLEU-1", EntityType.METRIC), Entity.of("BLEU-4", EntityType.METRIC)),
                    "ScaleViT", "CIFAR-100", "LLM", "ScaleViT", "math", "MuMath-Code-7B", "ScaleViT", "math", "MuMath-Code-70B"),
            paper("gsm-long", List.of(method("MathCoder")), List.of(benchmark("Grade School Math 8K", "GSM8K")), List.of()),
            paper("gsm-bare", List.of(method("PlanMath")), List.of(benchmark("GSM-8K")), List.of(),
                    "PlanMath", "GSM-8K", "MathCoder"),
            paper("cpl-1", List.of(method("Critical Plan Step Learning", "CPL")), List.of(), List.of()),
            paper("cpl-2", List.of(method("Contrastive Prompt Learning", "CPL")), List.of(), List.of()),
            paper("cpl-3", List.of(method("ReasonRL")), List.of(benchmark("GSM8K")), List.of(), "ReasonRL", "GSM8K", "CPL"),
            paper("star-1", List.of(method("State-Aware Reasoning", "STAR")), List.of(), List.of()),
            paper("star-2", List.of(method("STAR")), List.of(), List.of()),
            paper("cp-1", List.of(method("Canonical Polyadic", "CP")), List.of(), List.of()),
            paper("cp-2", List.of(method("TensorNet")), List.of(benchmark("MATH")), List.of(), "TensorNet", "MATH", "CP"));

    private Set<Triple> load(Path db, List<PaperClaims> papers, int resolutions) {
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            for (PaperClaims p : papers) {
                store.load(List.of(p).iterator(), PROVENANCE);
            }
            for (int i = 0; i < resolutions; i++) {
                EntityResolver.standard().resolve(store.dataset());
            }
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            return Txn.calculateRead(dsg, () -> {
                Set<Triple> triples = new HashSet<>();
                dsg.getGraph(NodeFactory.createURI(EntityResolver.ENTITIES_GRAPH)).find().forEachRemaining(triples::add);
                return triples;
            });
        }
    }

    private static Map<String, String> canonical(Set<Triple> graph) {
        Map<String, String> canonical = new HashMap<>();
        for (Triple t : graph) {
            if (t.getPredicate().equals(CG.canonical.asNode())) {
                String before = canonical.put(t.getSubject().getURI().substring(ID.length()), t.getObject().getURI().substring(ID.length()));
                assertEquals(null, before, "two cg:canonical for " + t.getSubject());
            }
        }
        return canonical;
    }

    private static Set<String> objects(Set<Triple> graph, String entity, Node predicate) {
        Node s = NodeFactory.createURI(ID + entity);
        Set<String> values = new HashSet<>();
        graph.stream().filter(t -> t.getSubject().equals(s) && t.getPredicate().equals(predicate))
                .forEach(t -> values.add(t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject().getURI()));
        return values;
    }

    @Test
    void mustMerge() {
        Set<Triple> graph = load(tmp.resolve("db"), PAPERS, 1);
        Map<String, String> canon = canonical(graph);
        assertEquals("method/groupcontrastivepolicyoptimization", canon.get("method/gcpo"));
        assertEquals("dataset/gradeschoolmath8k", canon.get("dataset/gsm8k"), "GSM-8K bare in one paper, defined in another");
        assertEquals(Set.of("Grade School Math 8K"), objects(graph, "dataset/gradeschoolmath8k", SKOS.prefLabel.asNode()));
        assertTrue(objects(graph, "dataset/gradeschoolmath8k", SKOS.altLabel.asNode()).contains("GSM-8K"));
        assertTrue(objects(graph, "dataset/gsm8k", CG.matchKey.asNode()).contains("gradeschoolmath8k"));
        assertTrue(objects(graph, "dataset/gradeschoolmath8k", CG.matchKey.asNode()).isEmpty(),
                "the long form already carries the acronym's key in its paper's graph");
        assertEquals("dataset/cifar100", canon.get("dataset/cifar100"), "CIFAR100 and CIFAR-100 are one IRI");
        assertEquals(Set.of("CIFAR-100"), objects(graph, "dataset/cifar100", SKOS.prefLabel.asNode()));
        assertEquals("method/llm", canon.get("method/llm"), "LLMs and LLM are one IRI");
        assertFalse(canon.containsKey("method/llms"));
    }

    @Test
    void mustNotMerge() {
        Map<String, String> canon = canonical(load(tmp.resolve("db"), PAPERS, 1));
        assertEquals("dataset/math", canon.get("dataset/math"));
        assertEquals("dataset/word-math", canon.get("dataset/word-math"), "MATH is not math");
        assertNotEquals(canon.get("dataset/imagenet"), canon.get("dataset/imagenetr"));
        assertNotEquals(canon.get("method/mumathcode7b"), canon.get("method/mumathcode70b"));
        assertNotEquals(canon.get("metric/bleu1"), canon.get("metric/bleu4"));
        assertEquals("method/cpl", canon.get("method/cpl"), "CPL has two long forms: ambiguous, left alone");
        assertEquals("method/criticalplansteplearning", canon.get("method/criticalplansteplearning"));
        assertEquals("method/contrastivepromptlearning", canon.get("method/contrastivepromptlearning"));
        assertEquals("method/star", canon.get("method/star"), "a paper proposes STAR as its own method");
        assertEquals("method/stateawarereasoning", canon.get("method/stateawarereasoning"));
        assertEquals("method/cp", canon.get("method/cp"), "two-letter acronyms are never merged");
    }

    @Test
    void everyNodeHasOneCanonicalAndEveryCanonicalOnePreferredLabel() {
        Set<Triple> graph = load(tmp.resolve("db"), PAPERS, 1);
        Map<String, String> canon = canonical(graph);
        for (String c : new HashSet<>(canon.values())) {
            assertEquals(c, canon.get(c), "a canonical node is its own");
            assertEquals(1, objects(graph, c, SKOS.prefLabel.asNode()).size(), c);
        }
        assertEquals(2, canon.size() - new HashSet<>(canon.values()).size(), "GCPO and GSM-8K merged, nothing else");
    }

    @Test
    void loadOrderDoesNotMatter() {
        List<PaperClaims> reversed = new ArrayList<>(PAPERS);
        Collections.reverse(reversed);
        assertEquals(load(tmp.resolve("a"), PAPERS, 1), load(tmp.resolve("b"), reversed, 1));
    }

    @Test
    void resolvingTwiceAndReloadingChangeNothing() {
        Set<Triple> once = load(tmp.resolve("a"), PAPERS, 1);
        assertEquals(once, load(tmp.resolve("b"), PAPERS, 2));
        Path db = tmp.resolve("c");
        load(db, PAPERS, 1);
        assertEquals(once, load(db, PAPERS.subList(0, 3), 1), "re-loading papers replaces their graphs: same entities");
    }

    @Test
    void summaryCountsWhatWasWritten() {
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("db"))) {
            store.load(PAPERS.iterator(), PROVENANCE);
            Resolution r = EntityResolver.standard().resolve(store.dataset());
            assertEquals(2, r.mergedNodes());
            assertEquals(2, r.mergedGroups());
            assertEquals(1, r.ambiguousKeys(), "CPL");
            assertEquals(1, r.proposalsKept(), "STAR");
            assertEquals(r.nodes() - 2, r.entities());
            long quads = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .getGraph(NodeFactory.createURI(EntityResolver.ENTITIES_GRAPH)).size());
            assertEquals(quads, r.quads());
            assertTrue(r.summary().contains("2 nodes merged into 2 groups"), r.summary());
        }
    }

    @Test
    void entitiesGraphConformsToTheShapesAndABrokenOneDoesNot() {
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("db"))) {
            store.load(PAPERS.iterator(), PROVENANCE);
            EntityResolver.standard().resolve(store.dataset());
            ClaimValidator validator = ClaimValidator.shacl();
            assertTrue(validator.validatePapers(store.dataset()).conforms());
            assertTrue(validator.validateUnion(store.dataset()).conforms());
            Node graph = NodeFactory.createURI(EntityResolver.ENTITIES_GRAPH);
            Node gcpo = NodeFactory.createURI(ID + "method/groupcontrastivepolicyoptimization");
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .add(graph, gcpo, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("GCPO")));
            ValidationReport report = validator.validatePapers(store.dataset());
            assertFalse(report.conforms());
            assertTrue(report.violations().stream().allMatch(v -> v.focusNode().equals(gcpo) && v.graph().equals(graph)),
                    report.lines().toString());
            assertTrue(report.firstViolation().contains("skos:prefLabel") || report.firstViolation().contains("prefLabel"),
                    report.firstViolation());
        }
    }

    @Test
    void emptyStoreResolvesToAnEmptyGraph() {
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("db"))) {
            Resolution r = EntityResolver.standard().resolve(store.dataset());
            assertEquals(0, r.nodes());
            assertEquals(0, r.quads());
        }
    }

    @Test
    void acronymNeedsTwoCapitals() {
        assertTrue(KeyClusterResolver.isAcronym("GCPO"));
        assertTrue(KeyClusterResolver.isAcronym("mBERT"));
        assertFalse(KeyClusterResolver.isAcronym("Recall"));
        assertFalse(KeyClusterResolver.isAcronym("chrf"));
    }
}
