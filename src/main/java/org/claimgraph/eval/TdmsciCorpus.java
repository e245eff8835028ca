package org.claimgraph.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.claimgraph.extract.TokenSpan;

/**
 * TDMSci in its CoNLL form: {@code token<TAB>offset<TAB>BIO-tag} lines, a blank line between
 * sentences. Sentences carry no paper ids, so each one is its own document. An {@code I-} tag
 * that does not continue a name of its type starts one, as conlleval does.
 */
public record TdmsciCorpus(Path source) implements NerCorpus {
    public TdmsciCorpus {
        Objects.requireNonNull(source, "source");
    }

    @Override
    public void forEachDocument(Consumer<List<LabelledSentence>> action) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            List<String> tokens = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    flush(tokens, tags, action);
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3 || !cols[2].matches("O|[BI]-[A-Z]+")) {
                    throw new EvalException(source + ":" + number + ": expected token<TAB>offset<TAB>BIO-tag, got: "
                            + line);
                }
                tokens.add(cols[0]);
                tags.add(cols[2]);
            }
            flush(tokens, tags, action);
        }
    }

    private static void flush(List<String> tokens, List<String> tags, Consumer<List<LabelledSentence>> action) {
        if (tokens.isEmpty()) {
            return;
        }
        action.accept(List.of(new LabelledSentence(tokens, spans(tags))));
        tokens.clear();
        tags.clear();
    }

    static List<TokenSpan> spans(List<String> tags) {
        List<TokenSpan> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean continues = tag.startsWith("I-") && tag.substring(2).equals(type);
            if (type != null && !continues) {
                out.add(new TokenSpan(start, i, type));
                type = null;
            }
            if (tag.startsWith("B-") || tag.startsWith("I-") && !continues) {
                start = i;
                type = tag.substring(2);
            }
        }
        return out;
    }
}
