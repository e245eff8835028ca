package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArxivRecordMapperTest {
    @TempDir
    Path tmp;

    @Test
    void snapshotRecordsAreUnwrappedAndKeepTheirMetadata() throws IOException {
        Path file = Fixtures.resource("ingest/arxiv-snapshot-sample.jsonl");
        assertEquals(InputFormat.ARXIV, PaperReaders.detect(file));
        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(file, InputFormat.AUTO, rejects);

        assertEquals(List.of(), rejects);
        assertEquals(List.of("0704.0001", "2311.12047", "hep-th/9901001"), papers.stream().map(Paper::id).toList());
        Paper first = papers.get(0);
        assertEquals("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies", first.title());
        assertTrue(first.abstractText().startsWith("A fully differential calculation in perturbative quantum chromodynamics is "
                + "presented for the production"), first.abstractText());
        assertFalse(first.abstractText().contains("\n"));
        assertFalse(first.abstractText().contains("  "));
        assertEquals(List.of("C. Bal\u00e1zs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan"), first.authors());
        assertEquals("2007-04-02", first.date());
        assertEquals("https://arxiv.org/abs/0704.0001", first.url());
        assertEquals(List.of("hep-ph"), first.categories());

        Paper third = papers.get(2);
        assertEquals("An old-style identifier in the snapshot", third.title());
        assertEquals(List.of("A. Author", "B. Second", "C. Third"), third.authors());
        assertEquals("1999-01-05", third.date());
        assertEquals(List.of("hep-th", "gr-qc"), third.categories());
        assertEquals(3, third.source().line());
    }

    @Test
    void unwrappingRestoresTheTextBeforeWrapping() throws IOException {
        Paper wrapped = Fixtures.readAll(Fixtures.resource("ingest/arxiv-snapshot-sample.jsonl"), InputFormat.ARXIV,
                new ArrayList<>()).get(1);
        String poolLine = Files.readAllLines(Fixtures.resource("ingest/pool-sample.jsonl"), StandardCharsets.UTF_8).get(0);
        var pool = new ObjectMapper().readTree(poolLine);

        assertEquals(pool.get("title").asText(), wrapped.title());
        assertEquals(pool.get("abstract").asText(), wrapped.abstractText());
        assertEquals("2023-11-18", wrapped.date());
    }

    @Test
    void wronglyTypedAuthorsParsedIsARejectNamingTheField() throws IOException {
        Path file = tmp.resolve("bad-arxiv.jsonl");
        Files.writeString(file, "{\"id\": \"2401.00001\", \"submitter\": \"x\", \"title\": \"T\", \"abstract\": \"  A\\n b.\","
                + " \"authors_parsed\": \"Lee, Ann\"}\n"
                + "{\"id\": \"2401.00002\", \"submitter\": \"x\", \"title\": \"T2\", \"abstract\": \"  A\\n b.\","
                + " \"authors_parsed\": [[\"Lee\", \"Ann\", \"\"]], \"update_date\": \"2024-01-02\"}\n", StandardCharsets.UTF_8);
        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(file, InputFormat.AUTO, rejects);

        assertEquals(1, papers.size());
        assertEquals("A b.", papers.get(0).abstractText());
        assertEquals(List.of("Ann Lee"), papers.get(0).authors());
        assertEquals("2024-01-02", papers.get(0).date());
        assertEquals(1, rejects.size());
        assertEquals(1, rejects.get(0).where().line());
        assertTrue(rejects.get(0).reason().startsWith("field 'authors_parsed' must be a list"), rejects.get(0).reason());
    }
}
