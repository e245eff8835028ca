package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Evidence;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.extract.Result;
import org.claimgraph.extract.ResultKind;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.Reject;
import org.claimgraph.ingest.SourcePosition;
import org.claimgraph.rdf.ClaimsRdfMapper;
import org.claimgraph.rdf.Provenance;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.LoadSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load --validate} without the NLP: hand-made claims through the gate into a real TDB2 store. */
class ValidationGateIT {
    private static final Provenance PROVENANCE = new Provenance("claimgraph-rules", "0.1.0",
            Instant.parse("2026-11-25T10:00:00Z"));
    private static final String SENTENCE = "CPL improves GSM8K accuracy by 10.5% over DPO.";

    private static PaperClaims paper(String id, long line, String unit, String sentence) {
        String abstractText = "We introduce Critical Plan Step Learning (CPL). " + sentence;
        int start = abstractText.indexOf(sentence);
        Paper paper = new Paper(id, "Paper " + id, abstractText, List.of("A. Author"), "2024-09-13", null,
                List.of("cs.LG"), new SourcePosition("papers.txt", line));
        Result result = new Result("CPL", "GSM8K", "accuracy", new BigDecimal("10.5"), unit, ResultKind.IMPROVEMENT,
                "DPO", null, new Evidence(sentence, new Span(start, start + sentence.length())), 0.8);
        return new PaperClaims(paper, List.of(new Entity("Critical Plan Step Learning", List.of("CPL"), EntityType.METHOD)),
                List.of(), List.of(Entity.of("GSM8K", EntityType.BENCHMARK)), List.of(Entity.of("accuracy", EntityType.METRIC)),
                List.of(result));
    }

    private static Set<Node> graphs(ClaimStore store) {
        return Txn.calculateRead(store.dataset(), () -> Set.copyOf(Iter.toList(store.dataset().asDatasetGraph().listGraphNodes())));
    }

    @Test
    void invalidPaperGoesToTheRejectsNotTheStore(@TempDir Path db) {
        PaperClaims first = paper("p1", 1, "%", SENTENCE);
        PaperClaims badUnit = paper("p2", 9, "percent", SENTENCE);
        PaperClaims emptyEvidence = paper("p3", 17, "%", "");
        PaperClaims last = paper("p4", 25, "points", SENTENCE);
        List<Reject> rejects = new ArrayList<>();
        ValidationGate gate = new ValidationGate(ClaimValidator.shacl());
        try (ClaimStore store = ClaimStore.openTdb2(db)) {
            LoadSummary summary = store.load(
                    gate.filter(List.of(first, badUnit, emptyEvidence, last).iterator(), PROVENANCE, rejects::add), PROVENANCE);

            assertEquals(2, summary.papers());
            assertEquals(Set.of(ClaimsRdfMapper.graphOf(first.paper()), ClaimsRdfMapper.graphOf(last.paper())), graphs(store));
            assertEquals(2, gate.rejected());
            assertEquals(2, rejects.size());

            Reject unit = rejects.get(0);
            assertEquals(new SourcePosition("papers.txt", 9), unit.where());
            assertEquals("Paper p2", unit.excerpt());
            assertTrue(unit.reason().startsWith("paper p2 does not conform to the shapes: "), unit.reason());
            assertTrue(unit.reason().contains("p2/result/1") && unit.reason().contains("cg:unit")
                    && unit.reason().contains("\"percent\""), unit.reason());
            assertTrue(unit.toString().startsWith("papers.txt:9: "), unit.toString());

            Reject evidence = rejects.get(1);
            assertEquals(new SourcePosition("papers.txt", 17), evidence.where());
            assertTrue(evidence.reason().contains("p3/result/1/evidence") && evidence.reason().contains("oa:exact"),
                    evidence.reason());

            ValidationReport stored = ClaimValidator.shacl().validatePapers(store.dataset());
            assertTrue(stored.conforms(), stored.toString());
            assertEquals(2, stored.papers());
            assertEquals(4, stored.claims(), "a proposal and a result per stored paper");
        }
    }

    @Test
    void validPapersAreStoredExactlyAsWithoutTheGate(@TempDir Path gated, @TempDir Path open) {
        List<PaperClaims> papers = List.of(paper("p1", 1, "%", SENTENCE), paper("p2", 9, "x", SENTENCE));
        List<Reject> rejects = new ArrayList<>();
        DatasetGraph withGate;
        DatasetGraph withoutGate;
        try (ClaimStore store = ClaimStore.openTdb2(gated)) {
            store.load(new ValidationGate(ClaimValidator.shacl()).filter(papers.iterator(), PROVENANCE, rejects::add),
                    PROVENANCE);
            withGate = copy(store);
        }
        try (ClaimStore store = ClaimStore.openTdb2(open)) {
            store.load(papers.iterator(), PROVENANCE);
            withoutGate = copy(store);
        }
        assertTrue(rejects.isEmpty(), rejects.toString());
        assertFalse(withGate.isEmpty());
        assertEquals(withoutGate.stream().count(), withGate.stream().count());
        withoutGate.stream().forEach(q -> assertTrue(withGate.contains(q), q.toString()));
    }

    private static DatasetGraph copy(ClaimStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            store.dataset().asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
