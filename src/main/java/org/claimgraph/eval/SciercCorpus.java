package org.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * SciERC in the processed DyGIE/PURE JSON Lines format: one abstract a line, PTB tokens per
 * sentence, {@code ner} spans with document-level inclusive token indices. Bracket tokens
 * ({@code -LRB-}, {@code -RSB-}, ...) are given back as the characters they stand for.
 */
public record SciercCorpus(Path source) implements NerCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    public SciercCorpus {
        Objects.requireNonNull(source, "source");
    }

    @Override
    public void forEachDocument(Consumer<List<LabelledSentence>> action) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    action.accept(document(line, number));
                }
            }
        }
    }

    private List<LabelledSentence> document(String line, int number) {
        try {
            JsonNode doc = JSON.readTree(line);
            JsonNode sentences = doc.path("sentences");
            JsonNode ner = doc.path("ner");
            if (!sentences.isArray() || !ner.isArray() || ner.size() != sentences.size()) {
                throw new EvalException(source + ":" + number + ": needs arrays 'sentences' and 'ner' of equal length");
            }
            List<LabelledSentence> out = new ArrayList<>();
            int offset = 0;
            for (int i = 0; i < sentences.size(); i++) {
                List<String> tokens = new ArrayList<>();
                sentences.get(i).forEach(t -> tokens.add(unescape(t.asText())));
                List<TokenSpan> names = new ArrayList<>();
                for (JsonNode n : ner.get(i)) {
                    int start = n.get(0).asInt() - offset;
                    int end = n.get(1).asInt() - offset + 1;
                    if (start < 0 || end > tokens.size() || end <= start) {
                        throw new EvalException(source + ":" + number + ": entity " + n + " is outside sentence " + i);
                    }
                    names.add(new TokenSpan(start, end, n.get(2).asText()));
                }
                out.add(new LabelledSentence(tokens, names));
                offset += tokens.size();
            }
            return out;
        } catch (IOException | NullPointerException e) {
            throw new EvalException(source + ":" + number + ": not a SciERC document: " + e.getMessage(), e);
        }
    }

    static String unescape(String token) {
        return switch (token) {
            case "-LRB-" -> "(";
            case "-RRB-" -> ")";
            case "-LSB-" -> "[";
            case "-RSB-" -> "]";
            case "-LCB-" -> "{";
            case "-RCB-" -> "}";
            default -> token;
        };
    }
}
