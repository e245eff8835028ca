package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.irix.IRIx;
import org.claimgraph.extract.EntityType;
import org.junit.jupiter.api.Test;

class IrisTest {
    private static final String ID = "https://w3id.org/claimgraph/id/";

    @Test
    void paperIrisKeepSlugsAndArxivIdsReadable() {
        assertEquals(ID + "paper/2311.12047", Iris.paper("2311.12047"));
        assertEquals(ID + "paper/masked-thought-x", Iris.paper("masked-thought-x"));
    }

    @Test
    void paperIdsArePercentEncodedIntoOneValidSegment() {
        assertEquals(ID + "paper/cs%2F0112017", Iris.paper("cs/0112017"));
        assertEquals(ID + "paper/a%20b%23c%3Fd", Iris.paper("a b#c?d"));
        assertEquals(ID + "paper/caf%C3%A9", Iris.paper("café"));
        assertEquals(ID + "paper/%2E%2E", Iris.paper(".."));
        for (String id : new String[] {"cs/0112017", "a b#c?d", "café", "..", "<x>\"{}|\\^`"}) {
            IRIx iri = IRIx.create(Iris.paper(id));
            assertTrue(iri.isAbsolute(), id);
            assertEquals(Iris.paper(id), iri.str());
            assertEquals(ID + "paper/", Iris.paper(id).substring(0, Iris.paper(id).lastIndexOf('/') + 1), "one segment: " + id);
        }
        assertThrows(IllegalArgumentException.class, () -> Iris.paper(" "));
    }

    @Test
    void entitiesShareANodeAcrossSpellingsAndTypesOfOneSegment() {
        assertEquals(ID + "dataset/gsm8k", Iris.entity(EntityType.BENCHMARK, "GSM-8K"));
        assertEquals(Iris.entity(EntityType.DATASET, "GSM8K"), Iris.entity(EntityType.BENCHMARK, "GSM-8K"));
        assertEquals(ID + "method/cpl", Iris.entity(EntityType.MODEL, "CPL"));
        assertEquals(Iris.entity(EntityType.METHOD, "CPL"), Iris.entity(EntityType.FRAMEWORK, "CPL"));
        assertEquals(ID + "metric/f1", Iris.entity(EntityType.METRIC, "F1"));
        assertEquals(ID + "task/fewshotlearning", Iris.entity(EntityType.TASK, "few-shot learning"));
    }

    @Test
    void namesWithoutAsciiLettersStillGetDistinctValidIris() {
        String alpha = Iris.entity(EntityType.METRIC, "α");
        String beta = Iris.entity(EntityType.METRIC, "β");
        assertEquals(ID + "metric/_%CE%B1", alpha);
        assertNotEquals(alpha, beta);
        assertThrows(IllegalArgumentException.class, () -> Iris.entity(EntityType.METRIC, " "));
    }

    @Test
    void claimSelectorActivityAndAgentIris() {
        String p = Iris.paper("2311.12047");
        assertEquals(p + "/proposal/protovaluenetworks", Iris.proposal(p, "Proto-Value Networks"));
        assertEquals(p + "/result/1", Iris.result(p, 1));
        assertThrows(IllegalArgumentException.class, () -> Iris.result(p, 0));
        assertEquals(p + "/result/3/evidence", Iris.selector(Iris.result(p, 3)));
        assertEquals(p + "/extraction", Iris.activity(p));
        assertEquals(ID + "agent/claimgraph-rules/0.1.0", Iris.agent("claimgraph-rules", "0.1.0"));
    }
}
