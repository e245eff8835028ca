package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperReadersTest {
    @TempDir
    Path tmp;

    @Test
    void detectsEachFormatFromTheContent() throws IOException {
        assertEquals(InputFormat.DAILY_PAPERS, PaperReaders.detect(Path.of("data", "daily-papers-jul-28.txt")));
        assertEquals(InputFormat.JSONL, PaperReaders.detect(Fixtures.resource("ingest/pool-sample.jsonl")));
        assertEquals(InputFormat.ARXIV, PaperReaders.detect(Fixtures.resource("ingest/arxiv-snapshot-sample.jsonl")));
        assertEquals(InputFormat.TXT_DIR, PaperReaders.detect(Fixtures.resource("ingest/txt-dir")));
        Path bomJson = tmp.resolve("bom.jsonl");
        Files.writeString(bomJson, "\uFEFF\n\n  {\"title\": \"T\", \"abstract\": \"A.\"}\n", StandardCharsets.UTF_8);
        assertEquals(InputFormat.JSONL, PaperReaders.detect(bomJson));
        Path versionsOnly = tmp.resolve("versions.jsonl");
        Files.writeString(versionsOnly, "{\"id\": \"1\", \"title\": \"T\", \"versions\": []}\n", StandardCharsets.UTF_8);
        assertEquals(InputFormat.ARXIV, PaperReaders.detect(versionsOnly));
    }

    @Test
    void standardInputIsDetectedAndNamedDash() throws IOException {
        byte[] pool = Files.readAllBytes(Fixtures.resource("ingest/pool-sample.jsonl"));
        InputStream original = System.in;
        List<Paper> papers;
        try {
            System.setIn(new ByteArrayInputStream(pool));
            papers = Fixtures.readAll(PaperReaders.open(PaperReaders.STDIN, InputFormat.AUTO, r -> { }));
        } finally {
            System.setIn(original);
        }
        assertEquals(4, papers.size());
        assertEquals(new SourcePosition("-", 2), papers.get(1).source());
        assertEquals("2311.12047", papers.get(0).id());
    }

    @Test
    void openAllChainsInputsInOrder() {
        List<Reject> rejects = new ArrayList<>();
        List<String> inputs = List.of(Fixtures.resource("ingest/daily-papers-sample.txt").toString(),
                Fixtures.resource("ingest/pool-sample.jsonl").toString(),
                Fixtures.resource("ingest/txt-dir").toString());
        List<Paper> papers = Fixtures.readAll(PaperReaders.openAll(inputs, InputFormat.AUTO, rejects::add));

        assertEquals(3 + 4 + 2, papers.size());
        assertEquals("2-olmo-2-furious", papers.get(0).id());
        assertEquals("2311.12047", papers.get(3).id());
        assertEquals("first-paper-title", papers.get(7).id());
        assertEquals(1, rejects.size());
    }

    @Test
    void missingInputIsAnErrorNamingThePath() {
        Path missing = tmp.resolve("no-such-file.jsonl");
        IngestException e = assertThrows(IngestException.class,
                () -> PaperReaders.open(missing.toString(), InputFormat.AUTO, r -> { }));
        assertEquals("input not found: " + missing, e.getMessage());

        List<String> inputs = List.of(Fixtures.resource("ingest/pool-sample.jsonl").toString(), missing.toString());
        e = assertThrows(IngestException.class, () -> PaperReaders.openAll(inputs, InputFormat.AUTO, r -> { }));
        assertEquals("input not found: " + missing, e.getMessage());
    }

    @Test
    void pathThroughAFileIsAnErrorNamingThePath() throws IOException {
        Path file = tmp.resolve("plain.txt");
        Files.writeString(file, "T\n\nA.\n", StandardCharsets.UTF_8);
        Path inside = file.resolve("child.txt");
        IngestException e = assertThrows(IngestException.class,
                () -> PaperReaders.open(inside.toString(), InputFormat.AUTO, r -> { }));
        assertTrue(e.getMessage().startsWith("cannot open " + inside + ": "), e.getMessage());
    }

    @Test
    void unreadableInputIsAnErrorNamingThePath() throws IOException {
        Path locked = tmp.resolve("locked.txt");
        Files.writeString(locked, "T\n\nA.\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as a user who can read any file");
        IngestException e = assertThrows(IngestException.class,
                () -> PaperReaders.open(locked.toString(), InputFormat.AUTO, r -> { }));
        assertTrue(e.getMessage().contains(locked.toString()), e.getMessage());
    }

    @Test
    void binaryFilesAreRefusedAsNotText() throws IOException {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        Path binary = tmp.resolve("random.bin");
        Files.write(binary, random);
        IngestException e = assertThrows(IngestException.class,
                () -> PaperReaders.open(binary.toString(), InputFormat.AUTO, r -> { }));
        assertTrue(e.getMessage().startsWith(binary + ": not a text file (NUL byte at byte "), e.getMessage());

        Path utf16 = tmp.resolve("utf16.txt");
        Files.write(utf16, "\uFEFFTitle\n\nAbstract.\n".getBytes(StandardCharsets.UTF_16LE));
        e = assertThrows(IngestException.class, () -> PaperReaders.open(utf16, InputFormat.AUTO, r -> { }));
        assertEquals(utf16 + ": UTF-16 text is not supported; convert it to UTF-8", e.getMessage());
    }

    @Test
    void emptyFileGivesNoPapersAndNoRejects() throws IOException {
        Path empty = tmp.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        for (InputFormat f : List.of(InputFormat.AUTO, InputFormat.JSONL, InputFormat.DAILY_PAPERS)) {
            List<Reject> rejects = new ArrayList<>();
            assertEquals(List.of(), Fixtures.readAll(empty, f, rejects), f.name());
            assertEquals(List.of(), rejects, f.name());
        }
    }

    @Test
    void gzipInputIsDecompressedOnTheFly() throws IOException {
        Path gz = tmp.resolve("pool.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(Fixtures.resource("ingest/pool-sample.jsonl")));
        }
        assertEquals(InputFormat.JSONL, PaperReaders.detect(gz));
        List<Paper> papers = Fixtures.readAll(gz, InputFormat.AUTO, new ArrayList<>());
        assertEquals(4, papers.size());
        assertEquals(new SourcePosition(gz.toString(), 4), papers.get(3).source());
    }

    @Test
    void wrongShapesAreClearErrors() throws IOException {
        Path array = tmp.resolve("array.json");
        Files.writeString(array, "[{\"title\": \"T\", \"abstract\": \"A.\"}]", StandardCharsets.UTF_8);
        IngestException e = assertThrows(IngestException.class, () -> PaperReaders.open(array, InputFormat.AUTO, r -> { }));
        assertTrue(e.getMessage().contains("JSON array is not supported"), e.getMessage());

        Path dir = Fixtures.resource("ingest/txt-dir");
        e = assertThrows(IngestException.class, () -> PaperReaders.open(dir, InputFormat.JSONL, r -> { }));
        assertTrue(e.getMessage().startsWith(dir + ": is a folder"), e.getMessage());

        Path file = Fixtures.resource("ingest/pool-sample.jsonl");
        e = assertThrows(IngestException.class, () -> PaperReaders.open(file, InputFormat.TXT_DIR, r -> { }));
        assertTrue(e.getMessage().startsWith(file + ": not a folder"), e.getMessage());
    }

    @Test
    void anyStreamCanBeReadUnderAName() {
        byte[] text = "Daily Papers\n\nStream Title\n\nStream abstract.\n".getBytes(StandardCharsets.UTF_8);
        List<Paper> papers = Fixtures.readAll(PaperReaders.open(new ByteArrayInputStream(text), "upload-1",
                InputFormat.AUTO, r -> { }));
        assertEquals(List.of("Stream Title"), Fixtures.titles(papers));
        assertEquals(new SourcePosition("upload-1", 3), papers.get(0).source());
    }
}
