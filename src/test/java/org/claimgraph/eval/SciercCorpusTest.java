package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.extract.TokenSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SciercCorpusTest {
    static final Path TINY = Path.of("src/test/resources/benchmarks/scierc-tiny.json");

    @Test
    void documentLevelInclusiveIndicesBecomeSentenceSpans() throws IOException {
        List<List<LabelledSentence>> docs = TdmsciCorpusTest.read(new SciercCorpus(TINY));
        assertEquals(2, docs.size());
        assertEquals(2, docs.get(0).size());
        assertEquals(List.of(new TokenSpan(2, 3, "Method"), new TokenSpan(4, 7, "Method")), docs.get(0).get(0).names());
        assertEquals(List.of(new TokenSpan(0, 1, "Metric"), new TokenSpan(3, 5, "Material")), docs.get(0).get(1).names());
        assertEquals(List.of(new TokenSpan(0, 1, "Task")), docs.get(1).get(0).names());
    }

    @Test
    void bracketTokensAreGivenBackAsBrackets() throws IOException {
        List<String> tokens = TdmsciCorpusTest.read(new SciercCorpus(TINY)).get(0).get(0).tokens();
        assertEquals("(", tokens.get(3));
        assertEquals(")", tokens.get(7));
    }

    @Test
    void anEntityOutsideItsSentenceIsNamedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"sentences\":[[\"a\",\"b\"]],\"ner\":[[[0,0,\"Task\"]]]}\n"
                + "{\"sentences\":[[\"a\",\"b\"]],\"ner\":[[[1,2,\"Task\"]]]}\n", StandardCharsets.UTF_8);
        EvalException e = assertThrows(EvalException.class, () -> TdmsciCorpusTest.read(new SciercCorpus(bad)));
        assertTrue(e.getMessage().contains("bad.json:2"), e.getMessage());
    }
}
