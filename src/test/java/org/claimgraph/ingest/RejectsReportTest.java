package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectsReportTest {
    @TempDir
    Path tmp;

    @Test
    void strictSinkStopsAtTheFirstBadRecordNamingFileAndLine() throws IOException {
        Path file = tmp.resolve("strict.jsonl");
        Files.writeString(file, "{\"title\": \"Good\", \"abstract\": \"A.\"}\n{\"title\": \"No abstract\"}\n"
                + "{\"title\": \"Never read\", \"abstract\": \"A.\"}\n", StandardCharsets.UTF_8);
        List<Paper> seen = new ArrayList<>();
        IngestException e = assertThrows(IngestException.class, () -> {
            try (PaperSource s = PaperReaders.open(file, InputFormat.AUTO, RejectSink.strict())) {
                for (Paper p = s.read(); p != null; p = s.read()) {
                    seen.add(p);
                }
            }
        });
        assertEquals(file + ":2: missing or blank abstract [{\"title\": \"No abstract\"}]", e.getMessage());
        assertEquals(List.of("Good"), Fixtures.titles(seen));
    }

    @Test
    void reportCountsAndWritesEveryRejectAsJsonLines() throws IOException {
        Path input = tmp.resolve("input.jsonl");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            text.append(i % 10 == 0 ? "{\"title\": \"Good " + i + "\", \"abstract\": \"A.\"}" : "{broken " + i).append('\n');
        }
        Files.writeString(input, text.toString(), StandardCharsets.UTF_8);
        Path reportFile = tmp.resolve("rejects.jsonl");
        List<Paper> papers;
        try (RejectsReport report = RejectsReport.writingTo(reportFile)) {
            papers = Fixtures.readAll(PaperReaders.open(input, InputFormat.JSONL, report));
            assertEquals(27, report.count());
            assertEquals(RejectsReport.KEPT, report.firstRejects().size());
            assertEquals(1, report.firstRejects().get(0).where().line());
            assertEquals(reportFile, report.file().orElseThrow());
        }
        assertEquals(3, papers.size());
        List<String> lines = Files.readAllLines(reportFile, StandardCharsets.UTF_8);
        assertEquals(27, lines.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertEquals(input.toString(), first.get("file").asText());
        assertEquals(1, first.get("line").asLong());
        assertTrue(first.get("reason").asText().startsWith("malformed JSON: "), first.get("reason").asText());
        assertEquals("{broken 1", first.get("excerpt").asText());
        assertEquals(29, json.readTree(lines.get(26)).get("line").asLong());
    }

    @Test
    void countingReportHasNoFileAndRefusesRejectsOnceClosed() {
        RejectsReport report = RejectsReport.counting();
        Reject r = new Reject(new SourcePosition("f", 1), "why", "text");
        report.reject(r);
        assertEquals(1, report.count());
        assertTrue(report.file().isEmpty());
        report.close();
        assertThrows(IllegalStateException.class, () -> report.reject(r));
    }
}
