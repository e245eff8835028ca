package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailyPapersReaderTest {
    private static final Path BUNDLED = Path.of("data", "daily-papers-jul-28.txt");

    @TempDir
    Path tmp;

    @Test
    void bundledFileYieldsExactlyTheGoldPapers() throws IOException {
        List<String> goldIds = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(Fixtures.resource("eval/gold-daily-papers-jul-28.jsonl"),
                StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                goldIds.add(json.readTree(line).get("id").asText());
            }
        }
        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(PaperReaders.open(BUNDLED.toString(), InputFormat.AUTO, rejects::add));

        assertEquals(33, goldIds.size());
        assertEquals(goldIds, papers.stream().map(Paper::id).toList());
        assertEquals(List.of(), rejects);
        List<String> lines = Files.readAllLines(BUNDLED, StandardCharsets.UTF_8);
        for (Paper p : papers) {
            int titleIndex = (int) p.source().line() - 1;
            assertEquals(lines.get(titleIndex).strip(), p.title(), "title at " + p.source());
            assertEquals(lines.get(titleIndex + 2).strip(), p.abstractText(), "abstract after " + p.source());
            assertEquals(BUNDLED.toString(), p.source().file());
        }
    }

    @Test
    void titlesStartingWithDigitsAreKeptWhole() {
        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(Fixtures.resource("ingest/daily-papers-sample.txt"),
                InputFormat.DAILY_PAPERS, rejects);

        assertEquals(List.of("2 OLMo 2 Furious",
                "CPL: Critical Plan Step Learning Boosts LLM Generalization in Reasoning Tasks",
                "Proto-Value Networks: Scaling Representation Learning with Auxiliary Tasks"), Fixtures.titles(papers));
        assertEquals("2-olmo-2-furious", papers.get(0).id());
        assertEquals(List.of(13L, 17L, 21L), papers.stream().map(p -> p.source().line()).toList());
        assertTrue(papers.get(0).abstractText().startsWith("We present OLMo 2, the next generation"));
        assertEquals(List.of(), rejects);
    }

    @Test
    void titleWithoutAbstractIsRejectedAndTheNeighboursStillLoad() {
        Path file = Fixtures.resource("ingest/daily-papers-missing-abstract.txt");
        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(file, InputFormat.AUTO, rejects);

        assertEquals(List.of("Proto-Value Networks: Scaling Representation Learning with Auxiliary Tasks",
                "Improving Few-Shot Generalization by Exploring and Exploiting Auxiliary Data"), Fixtures.titles(papers));
        assertTrue(papers.get(1).abstractText().startsWith("Few-shot learning is valuable"));
        assertEquals(2, rejects.size());
        assertEquals(new SourcePosition(file.toString(), 17), rejects.get(0).where());
        assertTrue(rejects.get(0).reason().startsWith("title without an abstract (the next paragraph, line 19"),
                rejects.get(0).reason());
        assertEquals("A Title Whose Abstract Went Missing", rejects.get(0).excerpt());
        assertEquals(new SourcePosition(file.toString(), 23), rejects.get(1).where());
        assertEquals("title without an abstract (end of input)", rejects.get(1).reason());
    }

    @Test
    void wrappedAbstractsAndMissingBlankLineAreJoined() throws IOException {
        Path file = write("chrome-and-wraps.txt", "new\n\nDaily Papers\n\nA Wrapped Paper\n\nFirst line of the abstract\n"
                + "second line of the abstract.\n\nSubscribe\n\nA Paper Without Blank Line\nIts abstract follows directly.\n");
        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(file, InputFormat.DAILY_PAPERS, rejects);

        assertEquals(List.of("A Wrapped Paper", "A Paper Without Blank Line"), Fixtures.titles(papers));
        assertEquals("First line of the abstract second line of the abstract.", papers.get(0).abstractText());
        assertEquals("Its abstract follows directly.", papers.get(1).abstractText());
        assertEquals(List.of(5L, 12L), papers.stream().map(p -> p.source().line()).toList());
        assertEquals(List.of(), rejects);
    }

    @Test
    void abstractWithoutTitleIsRejected() throws IOException {
        Path file = write("orphan.txt", "An abstract that lost its title. It has sentences.\n\nGood Title\n\nGood abstract.\n");
        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(file, InputFormat.DAILY_PAPERS, rejects);

        assertEquals(List.of("Good Title"), Fixtures.titles(papers));
        assertEquals(1, rejects.size());
        assertEquals(1, rejects.get(0).where().line());
        assertTrue(rejects.get(0).reason().startsWith("paragraph without a title line"), rejects.get(0).reason());
    }

    @Test
    void invalidUtf8RejectsOnlyItsPaperAndNamesTheLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("First Title\n\nFirst abstract.\n\nSecond Title\n\nCaf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes(" au lait, in Latin-1.\n\nThird Title\n\nThird abstract.\n".getBytes(StandardCharsets.UTF_8));
        Path file = tmp.resolve("latin1.txt");
        Files.write(file, bytes.toByteArray());
        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(file, InputFormat.AUTO, rejects);

        assertEquals(List.of("First Title", "Third Title"), Fixtures.titles(papers));
        assertEquals(1, rejects.size());
        assertEquals(new SourcePosition(file.toString(), 7), rejects.get(0).where());
        assertEquals("not valid UTF-8: byte 0xE9 at byte 4 of the line", rejects.get(0).reason());
        assertTrue(rejects.get(0).excerpt().startsWith("Second Title | Caf\uFFFD au lait"), rejects.get(0).excerpt());
    }

    @Test
    void megabyteAbstractIsRejectedWithTheLimit() throws IOException {
        String huge = "word ".repeat(200_000).strip() + ".";
        Path file = write("huge.txt", "Huge Paper\n\n" + huge + "\n\nSmall Paper\n\nSmall abstract.\n");
        List<Reject> rejects = new ArrayList<>();
        List<Paper> papers = Fixtures.readAll(file, InputFormat.DAILY_PAPERS, rejects);

        assertEquals(List.of("Small Paper"), Fixtures.titles(papers));
        assertEquals(1, rejects.size());
        assertEquals(1, rejects.get(0).where().line());
        assertEquals("abstract longer than " + PaperReaders.MAX_ABSTRACT_CHARS + " chars (" + huge.length() + ")",
                rejects.get(0).reason());
    }

    @Test
    void windowsLineEndingsAreRead() throws IOException {
        Path file = write("crlf.txt", "Daily Papers\r\n\r\nA Title\r\n\r\nAn abstract.\r\n");
        List<Paper> papers = Fixtures.readAll(file, InputFormat.AUTO, new ArrayList<>());

        assertEquals(1, papers.size());
        assertEquals("A Title", papers.get(0).title());
        assertEquals("An abstract.", papers.get(0).abstractText());
    }

    private Path write(String name, String content) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
