package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InputFormatTest {
    @Test
    void optionNamesRoundTrip() {
        for (InputFormat f : InputFormat.values()) {
            assertEquals(f, InputFormat.fromOptionName(f.optionName()));
        }
        assertEquals("txt-dir", InputFormat.TXT_DIR.optionName());
        assertEquals(InputFormat.DAILY_PAPERS, InputFormat.fromOptionName(" Daily_Papers "));
    }

    @Test
    void unknownNameListsTheChoices() {
        IngestException e = assertThrows(IngestException.class, () -> InputFormat.fromOptionName("csv"));
        assertEquals("unknown input format 'csv'; expected one of auto, daily-papers, jsonl, arxiv, txt-dir",
                e.getMessage());
    }
}
