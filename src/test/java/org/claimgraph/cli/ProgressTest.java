package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
    @TempDir
    Path tmp;

    @Test
    void withoutATotalTheLineShowsRecordsAndRate() {
        assertEquals("loading 1,200 papers (400/s)", Progress.line("loading", 1200, 0, 3.0));
    }

    @Test
    void withATotalTheLineShowsShareRateAndTimeLeft() {
        assertEquals("loading 1,200 of 10,000 papers (12.0%, 400/s, 22s left)",
                Progress.line("loading", 1200, 10_000, 3.0));
        assertEquals("loading 450 of 1,000,000 papers (0.0%, 450/s, 37m 01s left)",
                Progress.line("loading", 450, 1_000_000, 1.0));
        assertEquals("loading 0 of 10 papers (0.0%, 0/s, ETA unknown)", Progress.line("loading", 0, 10, 0));
        assertEquals("loading 12 of 10 papers (100.0%, 12/s, finishing)", Progress.line("loading", 12, 10, 1.0));
    }

    @Test
    void otherCommandsNameWhatTheyCount() {
        assertEquals("looking up 25 of 98 entities (25.5%, 50/s, 1s left)",
                Progress.line("looking up", 25, 98, "entities", 0.5));
    }

    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertEquals("0s", Progress.duration(0.2));
        assertEquals("59s", Progress.duration(59));
        assertEquals("7m 05s", Progress.duration(425));
        assertEquals("2h 03m", Progress.duration(7380));
    }

    @Test
    void theTotalOfJsonLinesInputsIsTheirNonBlankLinesAndUnknownOtherwise() throws IOException {
        Path a = tmp.resolve("a.jsonl");
        Files.writeString(a, "{\"id\":1}\n\n{\"id\":2}\r\n   \n{\"id\":3}", StandardCharsets.UTF_8);
        Path b = tmp.resolve("b.ndjson");
        Files.writeString(b, "{\"id\":4}\n", StandardCharsets.UTF_8);
        Path txt = tmp.resolve("c.txt");
        Files.writeString(txt, "Title\nAbstract\n", StandardCharsets.UTF_8);
        assertEquals(3, Progress.estimateTotal(List.of(a.toString())));
        assertEquals(4, Progress.estimateTotal(List.of(a.toString(), b.toString())));
        assertEquals(0, Progress.estimateTotal(List.of(a.toString(), txt.toString())), "one unknown input: no total");
        assertEquals(0, Progress.estimateTotal(List.of(tmp.resolve("missing.jsonl").toString())));
        assertEquals(0, Progress.estimateTotal(List.of()));
    }
}
