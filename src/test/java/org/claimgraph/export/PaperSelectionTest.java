package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The command-line side of a selection: what --since accepts and what a selection is. */
class PaperSelectionTest {
    @Test
    void sinceAcceptsIsoDatesAndDateTimes() {
        assertEquals(Instant.parse("2026-11-25T00:00:00Z"), PaperSelection.parseInstant("2026-11-25"));
        assertEquals(Instant.parse("2026-11-25T15:00:00Z"), PaperSelection.parseInstant("2026-11-25T15:00:00Z"));
        assertEquals(Instant.parse("2026-11-25T14:00:00Z"), PaperSelection.parseInstant("2026-11-25T15:00:00+01:00"));
        assertEquals(Instant.parse("2026-11-25T15:00:00Z"), PaperSelection.parseInstant(" 2026-11-25T15:00 "),
                "a date-time without offset is UTC");
        assertEquals(Instant.parse("2026-11-25T15:00:00.250Z"), PaperSelection.parseInstant("2026-11-25T15:00:00.25Z"));
    }

    @Test
    void sinceRejectsAnythingElseNamingTheText() {
        for (String bad : new String[] {"yesterday", "25/11/2026", "2026-13-01", "2026-11-25 15:00", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PaperSelection.parseInstant(bad));
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void selectionsSayWhatTheyAre() {
        assertTrue(PaperSelection.ALL.isAll());
        assertFalse(PaperSelection.paper("2409.08642").isAll());
        assertFalse(PaperSelection.loadedSince(Instant.EPOCH).isAll());
        assertEquals("2409.08642", PaperSelection.paper("2409.08642").paperId());
        assertThrows(IllegalArgumentException.class, () -> PaperSelection.paper(" "));
        assertThrows(NullPointerException.class, () -> PaperSelection.loadedSince(null));
    }
}
