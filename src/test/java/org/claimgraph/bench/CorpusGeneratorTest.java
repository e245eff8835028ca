package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.ClaimGraphException;
import org.claimgraph.ingest.InputFormat;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.PaperReaders;
import org.claimgraph.ingest.PaperSource;
import org.claimgraph.ingest.Reject;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
    private static byte[] generate(long papers, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(papers, CorpusGenerator.standard().write(papers, seed, out));
        return out.toByteArray();
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherText() {
        assertArrayEquals(generate(200, 42), generate(200, 42));
        assertNotEquals(new String(generate(200, 42), java.nio.charset.StandardCharsets.UTF_8),
                new String(generate(200, 43), java.nio.charset.StandardCharsets.UTF_8));
        byte[] longer = generate(300, 42);
        byte[] shorter = generate(200, 42);
        assertArrayEquals(shorter, java.util.Arrays.copyOf(longer, shorter.length), "a prefix does not depend on N");
    }

    @Test
    void everyRecordIsAPaperClaimgraphReadsWithAUniqueId() {
        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = new ArrayList<>();
        try (PaperSource source = PaperReaders.open(new ByteArrayInputStream(generate(500, 7)), "generated",
                InputFormat.AUTO, rejects::add)) {
            for (Paper p = source.read(); p != null; p = source.read()) {
                papers.add(p);
            }
        }
        assertEquals(List.of(), rejects);
        assertEquals(500, papers.size());
        Set<String> ids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (Paper p : papers) {
            assertTrue(ids.add(p.id()), "repeated id " + p.id());
            titles.add(p.title());
            assertFalse(p.abstractText().contains("{"), "unfilled slot in " + p.abstractText());
        }
        assertTrue(titles.size() > 400, "titles should vary: " + titles.size());
    }

    @Test
    void anUnknownSlotIsNamed() {
        ClaimGraphException e = assertThrows(ClaimGraphException.class,
                () -> CorpusGenerator.fill("{method} beats {nothing}", Map.of("method", "X")));
        assertTrue(e.getMessage().contains("{nothing}"), e.getMessage());
        assertEquals("X beats $1", CorpusGenerator.fill("{method} beats $1", Map.of("method", "X")));
    }
}
