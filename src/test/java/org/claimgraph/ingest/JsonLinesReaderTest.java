package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void poolRecordsLoadWithTheirOwnIds() throws IOException {
        Path file = Fixtures.resource("ingest/pool-sample.jsonl");
        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(file, InputFormat.AUTO, rejects);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(lines.size(), papers.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode expected = JSON.readTree(lines.get(i));
            Paper p = papers.get(i);
            assertEquals(expected.get("id").asText(), p.id());
            assertEquals(expected.get("title").asText(), p.title());
            assertEquals(expected.get("abstract").asText(), p.abstractText());
            assertEquals(new SourcePosition(file.toString(), i + 1), p.source());
        }
        assertEquals(List.of(), rejects);
    }

    @Test
    void optionalFieldsInTheirTwoShapes() throws IOException {
        Path file = write("fields.jsonl",
                "{\"id\": \"2506.12585\", \"title\": \"T1\", \"abstract\": \"A1.\", \"authors\": \"Ann Lee, Bo Chen and Cy Dee\","
                        + " \"categories\": \"cs.CL cs.AI\", \"date\": \"2025-06-14\", \"url\": \"https://arxiv.org/abs/2506.12585\"}\n"
                        + "{\"title\": \"Title:  Two\\n Lines\", \"abstract\": \"A2.\", \"authors\": [\"Ann Lee\", \"Bo Chen\"],"
                        + " \"categories\": [\"cs.LG\"], \"source\": \"ignored\"}\n");
        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(file, InputFormat.JSONL, rejects);

        assertEquals(List.of(), rejects);
        Paper first = papers.get(0);
        assertEquals("2506.12585", first.id());
        assertEquals(List.of("Ann Lee", "Bo Chen", "Cy Dee"), first.authors());
        assertEquals(List.of("cs.CL", "cs.AI"), first.categories());
        assertEquals("2025-06-14", first.date());
        assertEquals("https://arxiv.org/abs/2506.12585", first.url());
        Paper second = papers.get(1);
        assertEquals("title-two-lines", second.id());
        assertEquals("Title: Two Lines", second.title());
        assertEquals(List.of("Ann Lee", "Bo Chen"), second.authors());
        assertEquals(List.of("cs.LG"), second.categories());
        assertNull(second.date());
        assertNull(second.url());
    }

    @Test
    void everyBadLineIsRejectedWithItsLineAndTheGoodOnesLoad() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] lines = {
            "{\"id\": \"good-1\", \"title\": \"Good One\", \"abstract\": \"Fine.\"}",
            "{\"id\": \"broken\", \"title\": \"Broken",
            "{\"id\": \"no-title\", \"abstract\": \"Fine.\"}",
            "{\"id\": \"blank-abstract\", \"title\": \"Blank\", \"abstract\": \"   \"}",
            "{\"id\": \"bad-authors\", \"title\": \"T\", \"abstract\": \"A.\", \"authors\": 42}",
            "{\"id\": 2311.1200, \"title\": \"T\", \"abstract\": \"A.\"}",
            "[\"an\", \"array\"]",
            "",
            "{\"id\": \"good-2\", \"title\": \"Good Two\", \"abstract\": \"Fine.\"} trailing",
            "{\"id\": \"good-3\", \"title\": \"Good Three\", \"abstract\": \"Fine.\", \"categories\": [\"cs.CL\", 7]}",
        };
        for (String line : lines) {
            bytes.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes("{\"id\": \"latin1\", \"title\": \"Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\", \"abstract\": \"A.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"good-4\", \"title\": \"Good Four\", \"abstract\": \"Fine.\"}".getBytes(StandardCharsets.UTF_8));
        Path file = tmp.resolve("bad.jsonl");
        Files.write(file, bytes.toByteArray());

        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(file, InputFormat.AUTO, rejects);

        assertEquals(List.of("good-1", "good-4"), papers.stream().map(Paper::id).toList());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 9L, 10L, 11L),
                rejects.stream().map(r -> r.where().line()).toList());
        assertTrue(rejects.stream().allMatch(r -> r.where().file().equals(file.toString())));
        assertTrue(rejects.get(0).reason().startsWith("malformed JSON: "), rejects.get(0).reason());
        assertEquals("missing or blank title", rejects.get(1).reason());
        assertEquals("missing or blank abstract", rejects.get(2).reason());
        assertEquals("field 'authors' must be a list of strings or a string, found number", rejects.get(3).reason());
        assertTrue(rejects.get(4).reason().startsWith("field 'id' must be a string, found number 2311.12"),
                rejects.get(4).reason());
        assertEquals("not a JSON object (found array)", rejects.get(5).reason());
        assertTrue(rejects.get(6).reason().startsWith("malformed JSON: more text after the JSON value (column "), rejects.get(6).reason());
        assertEquals("field 'categories' must hold only strings, found number", rejects.get(7).reason());
        assertEquals("not valid UTF-8: byte 0xE9 at byte 31 of the line", rejects.get(8).reason());
        assertEquals(lines[1], rejects.get(0).excerpt());
    }

    @Test
    void nulByteBeyondTheHeadRejectsOnlyItsLine() throws IOException {
        StringBuilder text = new StringBuilder();
        int good = 0;
        while (text.length() < 2 * 65_536) {
            good++;
            text.append("{\"title\": \"Paper ").append(good).append("\", \"abstract\": \"Some abstract text.\"}\n");
        }
        text.append("{\"title\": \"Nul\u0000\", \"abstract\": \"x\"}\n");
        text.append("{\"title\": \"Last Paper\", \"abstract\": \"After the NUL.\"}\n");
        Path file = write("nul.jsonl", text.toString());
        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(file, InputFormat.AUTO, rejects);

        assertEquals(good + 1, papers.size());
        assertEquals("last-paper", papers.get(papers.size() - 1).id());
        assertEquals(1, rejects.size());
        assertEquals(good + 1, rejects.get(0).where().line());
        assertEquals("NUL byte at byte 15 of the line (binary data?)", rejects.get(0).reason());
    }

    @Test
    void megabyteAbstractIsRejectedAndTheNextLineLoads() throws IOException {
        String huge = "x".repeat(1_000_000);
        Path file = write("huge.jsonl", "{\"title\": \"Huge\", \"abstract\": \"" + huge + "\"}\n"
                + "{\"title\": \"Small\", \"abstract\": \"Small.\"}\n");
        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(file, InputFormat.JSONL, rejects);

        assertEquals(List.of("Small"), Fixtures.titles(papers));
        assertEquals(1, rejects.size());
        assertEquals(1, rejects.get(0).where().line());
        assertEquals("abstract longer than 100000 chars (1000000)", rejects.get(0).reason());
        assertTrue(rejects.get(0).excerpt().length() <= PaperReaders.EXCERPT_CHARS + 3);
    }

    @Test
    void byteOrderMarkAndBlankLinesAreSkipped() throws IOException {
        Path file = tmp.resolve("bom.jsonl");
        Files.write(file, ("\uFEFF\n  \n{\"id\": \"x1\", \"title\": \"T\", \"abstract\": \"A.\"}\r\n\n")
                .getBytes(StandardCharsets.UTF_8));
        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(file, InputFormat.AUTO, rejects);

        assertEquals(List.of("x1"), papers.stream().map(Paper::id).toList());
        assertEquals(3, papers.get(0).source().line());
        assertEquals(List.of(), rejects);
    }

    @Test
    void titleWithoutLettersOrDigitsNeedsAnId() throws IOException {
        Path file = write("cjk.jsonl", "{\"title\": \"\u6df1\u5ea6\u5b66\u4e60\", \"abstract\": \"A.\"}\n"
                + "{\"id\": \"cjk-2\", \"title\": \"\u6df1\u5ea6\u5b66\u4e60\", \"abstract\": \"A.\"}\n");
        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(file, InputFormat.JSONL, rejects);

        assertEquals(List.of("cjk-2"), papers.stream().map(Paper::id).toList());
        assertEquals("no id, and the title has no letters a-z or digits to make one from", rejects.get(0).reason());
    }

    private Path write(String name, String content) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
