package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TxtDirReaderTest {
    @TempDir
    Path tmp;

    @Test
    void filesAreReadInNameOrderAndOnlyTxtCounts() {
        Path dir = Fixtures.resource("ingest/txt-dir");
        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(dir, InputFormat.AUTO, rejects);

        assertEquals(List.of("First Paper Title", "Second Paper Title"), Fixtures.titles(papers));
        assertEquals("The first abstract says we improve accuracy by 3.2%.", papers.get(0).abstractText());
        assertEquals("The abstract of the second paper is wrapped over two lines. And has a second paragraph.",
                papers.get(1).abstractText());
        assertEquals("first-paper-title", papers.get(0).id());
        assertEquals(new SourcePosition(dir.resolve("a-first.txt").toString(), 1), papers.get(0).source());
        assertEquals(1, rejects.size());
        assertEquals(new SourcePosition(dir.resolve("c-title-only.txt").toString(), 1), rejects.get(0).where());
        assertTrue(rejects.get(0).reason().startsWith("title without an abstract"), rejects.get(0).reason());
    }

    @Test
    void badFilesAreRejectsAndTheGoodOneStillLoads() throws IOException {
        Files.write(tmp.resolve("1-binary.txt"), new byte[] {'P', 'K', 0, 0, 1, 2, 3, (byte) 0xFF});
        Files.write(tmp.resolve("2-empty.txt"), new byte[0]);
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.writeBytes("A Title\n\nAn abstract with a caf".getBytes(StandardCharsets.UTF_8));
        latin1.write(0xE9);
        latin1.writeBytes(".\n".getBytes(StandardCharsets.UTF_8));
        Files.write(tmp.resolve("3-latin1.txt"), latin1.toByteArray());
        Files.writeString(tmp.resolve("4-good.txt"), "Good Title\nGood abstract.\n", StandardCharsets.UTF_8);
        Files.createDirectory(tmp.resolve("5-folder.txt"));

        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(tmp, InputFormat.TXT_DIR, rejects);

        assertEquals(List.of("Good Title"), Fixtures.titles(papers));
        assertEquals(3, rejects.size());
        assertEquals(new SourcePosition(tmp.resolve("1-binary.txt").toString(), 0), rejects.get(0).where());
        assertTrue(rejects.get(0).reason().startsWith("not a text file (NUL byte at byte 3)"), rejects.get(0).reason());
        assertEquals(new SourcePosition(tmp.resolve("2-empty.txt").toString(), 0), rejects.get(1).where());
        assertEquals("empty file", rejects.get(1).reason());
        assertEquals(new SourcePosition(tmp.resolve("3-latin1.txt").toString(), 3), rejects.get(2).where());
        assertEquals("not valid UTF-8: byte 0xE9 at byte 23 of the line", rejects.get(2).reason());
    }

    @Test
    void emptyFolderGivesNoPapers() {
        List<Reject> rejects = new ArrayList<>();
        assertEquals(List.of(), Fixtures.readAll(tmp, InputFormat.TXT_DIR, rejects));
        assertEquals(List.of(), rejects);
    }
}
