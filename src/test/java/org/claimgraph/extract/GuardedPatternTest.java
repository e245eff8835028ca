package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.ingest.InputFormat;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.PaperReaders;
import org.claimgraph.ingest.PaperSource;
import org.claimgraph.ingest.RejectSink;
import org.junit.jupiter.api.Test;

class GuardedPatternTest {
    @Test
    void textWithoutACueIsNotSearchedAndTextWithOneIsSearchedAsByThePattern() {
        GuardedPattern times = GuardedPattern.anyOf(Pattern.compile("(?i)\\b(two|three)\\s+times\\b"), "times");
        assertFalse(times.mayMatch("two-fold faster"));
        assertTrue(times.mayMatch("Three TIMES faster"));
        Matcher m = times.matcher("Three TIMES faster");
        assertTrue(m.find());
        assertEquals("Three TIMES", m.group());
        assertFalse(times.matcher("twice as fast").find());
    }

    @Test
    void digitGuardsNeedADigitOrAcceptOne() {
        GuardedPattern from = GuardedPattern.digitAnd(Pattern.compile("from (\\d+) to (\\d+)"), "from");
        assertFalse(from.mayMatch("from ten to twenty"));
        assertFalse(from.mayMatch("rose to 20"));
        assertTrue(from.matcher("from 10 to 20").find());
        GuardedPattern evaluation = GuardedPattern.digitOr(Pattern.compile("\\bresult|\\d"), "result");
        assertTrue(evaluation.mayMatch("a 3 here"));
        assertTrue(evaluation.mayMatch("Results"));
        assertFalse(evaluation.mayMatch("nothing here"));
        assertThrows(IllegalArgumentException.class, () -> GuardedPattern.anyOf(Pattern.compile("x")));
    }

    /**
     * The guards must be necessary conditions: wherever the bare pattern finds a match in real
     * abstracts (sentences, titles, and text windows alike), the guard lets the text through.
     */
    @Test
    void everyGuardInTheExtractorLetsThroughAllTextItsPatternMatches() throws Exception {
        Map<String, GuardedPattern> guarded = new LinkedHashMap<>();
        for (Class<?> c : List.of(EntityFinder.class, QuantityFinder.class, TaskFinder.class, ProposalFinder.class,
                RuleBasedExtractor.class, ResultAssembler.class, AcronymFinder.class, KindClassifier.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == GuardedPattern.class) {
                    f.setAccessible(true);
                    guarded.put(c.getSimpleName() + "." + f.getName(), (GuardedPattern) f.get(null));
                }
            }
        }
        assertTrue(guarded.size() >= 10, "expected the extractor's guarded patterns, found " + guarded.keySet());
        List<String> texts = texts();
        assertTrue(texts.size() > 100, "texts: " + texts.size());
        for (Map.Entry<String, GuardedPattern> e : guarded.entrySet()) {
            Pattern bare = Pattern.compile(e.getValue().toString(), e.getValue().flags());
            int matched = 0;
            for (String t : texts) {
                if (bare.matcher(t).find()) {
                    matched++;
                    assertTrue(e.getValue().mayMatch(t), () -> e.getKey() + " guard rejects text its pattern matches: " + t);
                }
            }
            assertTrue(matched > 0, e.getKey() + " matched nothing: the test text does not exercise it");
        }
    }

    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        List<Path> inputs = new ArrayList<>(List.of(Path.of("data/daily-papers-jul-28.txt"),
                Path.of("src/test/resources/ingest/pool-sample.jsonl"), Path.of("src/test/resources/heldout-sample/sample.jsonl"),
                Path.of("src/test/resources/heldout-sample/fresh-sample.jsonl")));
        for (Path input : inputs) {
            try (PaperSource source = PaperReaders.open(input, InputFormat.AUTO, RejectSink.strict())) {
                for (Paper p = source.read(); p != null; p = source.read()) {
                    out.add(p.title());
                    out.add(p.abstractText());
                    for (String s : p.abstractText().split("(?<=[.!?])\\s+")) {
                        out.add(s);
                    }
                }
            }
        }
        try (var files = Files.walk(Path.of("src/test/resources/golden-abstracts"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(f));
            }
        }
        return out;
    }
}
