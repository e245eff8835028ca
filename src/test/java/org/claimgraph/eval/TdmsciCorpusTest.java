package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.TokenSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdmsciCorpusTest {
    static final Path TWO = Path.of("src/test/resources/benchmarks/tdmsci-two-sentences.conll");

    static List<List<LabelledSentence>> read(NerCorpus corpus) throws IOException {
        List<List<LabelledSentence>> docs = new ArrayList<>();
        corpus.forEachDocument(docs::add);
        return docs;
    }

    @Test
    void eachSentenceIsADocumentWithItsBioNames() throws IOException {
        List<List<LabelledSentence>> docs = read(new TdmsciCorpus(TWO));
        assertEquals(2, docs.size());
        LabelledSentence first = docs.get(0).get(0);
        assertEquals(List.of("Machine", "translation", "results", "on", "WMT14", "."), first.tokens());
        assertEquals(List.of(new TokenSpan(0, 2, "TASK"), new TokenSpan(4, 5, "DATASET")), first.names());
    }

    @Test
    void anInsideTagAfterOutsideStartsAName() throws IOException {
        LabelledSentence second = read(new TdmsciCorpus(TWO)).get(1).get(0);
        assertEquals(List.of(new TokenSpan(1, 2, "METRIC"), new TokenSpan(5, 6, "METRIC")), second.names());
    }

    @Test
    void aNameOfAnotherTypeEndsTheCurrentOne() {
        assertEquals(List.of(new TokenSpan(0, 1, "TASK"), new TokenSpan(1, 3, "METRIC")),
                TdmsciCorpus.spans(List.of("B-TASK", "I-METRIC", "I-METRIC", "O")));
    }

    @Test
    void aMalformedLineIsNamedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.conll");
        Files.writeString(bad, "a\t0\tO\nb 2 B-TASK\n", StandardCharsets.UTF_8);
        EvalException e = assertThrows(EvalException.class, () -> read(new TdmsciCorpus(bad)));
        assertTrue(e.getMessage().contains("bad.conll:2"), e.getMessage());
    }
}
