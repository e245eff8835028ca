package org.claimgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.claimgraph.extract.RuleBasedExtractor;
import org.claimgraph.ingest.InputFormat;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.PaperReaders;
import org.claimgraph.ingest.PaperSource;
import org.claimgraph.ingest.RejectSink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The selective analyzer must not change what the extractor finds: same claims as with every
 * sentence tagged, over the bundled data, the pool sample and the golden abstracts.
 */
class OpenNlpAnalyzerSelectionTest {
    private static OpenNlpAnalyzer full;
    private static OpenNlpAnalyzer selective;
    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor();

    @BeforeAll
    static void load() {
        full = OpenNlpAnalyzer.english();
        selective = OpenNlpAnalyzer.english(RuleBasedExtractor.wordsNeedingTags());
    }

    @AfterAll
    static void close() {
        full.close();
        selective.close();
    }

    static List<Paper> papers() throws IOException {
        List<Paper> out = new ArrayList<>();
        read(Path.of("data/daily-papers-jul-28.txt"), InputFormat.AUTO, out);
        read(Path.of("src/test/resources/ingest/pool-sample.jsonl"), InputFormat.AUTO, out);
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/golden-abstracts"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                read(dir, InputFormat.TXT_DIR, out);
            }
        }
        return out;
    }

    private static void read(Path input, InputFormat format, List<Paper> out) {
        try (PaperSource source = PaperReaders.open(input, format, RejectSink.strict())) {
            for (Paper p = source.read(); p != null; p = source.read()) {
                out.add(p);
            }
        }
    }

    @Test
    void claimsAreTheSameAsWithEverySentenceTagged() throws IOException {
        List<Paper> papers = papers();
        assertTrue(papers.size() > 35, "expected the bundled papers and samples, got " + papers.size());
        for (Paper p : papers) {
            assertEquals(EXTRACTOR.extract(full.analyze(p)), EXTRACTOR.extract(selective.analyze(p)),
                    () -> "claims differ for " + p.id() + " (" + p.source() + ")");
        }
    }

    @Test
    void everySentenceWithATaskHeadTokenIsTaggedAsByTheFullAnalyzer() throws IOException {
        int tagged = 0;
        int skipped = 0;
        for (Paper p : papers()) {
            List<Sentence> want = full.analyze(p).sentences();
            List<Sentence> got = selective.analyze(p).sentences();
            assertEquals(want.size(), got.size(), () -> "sentence count of " + p.id());
            for (int i = 0; i < want.size(); i++) {
                Sentence w = want.get(i);
                Sentence g = got.get(i);
                assertEquals(w.text(), g.text());
                assertEquals(w.start(), g.start());
                if (g.tokens().isEmpty()) {
                    skipped++;
                    assertFalse(w.tokens().stream().anyMatch(t -> RuleBasedExtractor.wordsNeedingTags().contains(
                            t.text().toLowerCase(Locale.ROOT))), () -> "skipped a sentence with a task head: " + w.text());
                } else {
                    tagged++;
                    assertEquals(w.tokens(), g.tokens(), () -> "tokens differ in: " + w.text());
                }
            }
        }
        assertTrue(tagged > 0 && skipped > 0, "expected both tagged and skipped sentences: " + tagged + "/" + skipped);
    }

    @Test
    void containsWordMatchesWholeWordsInAnyCaseOnly() {
        var p = OpenNlpAnalyzer.containsWord(List.of("learning", "fine-tuning"));
        assertTrue(p.test("Deep Learning works."));
        assertTrue(p.test("We use self-learning here."));
        assertTrue(p.test("FINE-TUNING helps"));
        assertFalse(p.test("Relearnings are rare."));
        assertFalse(p.test("No head noun here."));
        assertFalse(OpenNlpAnalyzer.containsWord(List.of()).test("learning"));
    }
}
