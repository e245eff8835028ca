package org.claimgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.claimgraph.nlp.Sentence;
import org.claimgraph.nlp.Token;

/**
 * An OpenNLP name finder trained on public scientific NER corpora (see {@code models/MODEL-SOURCES.md}
 * next to the model files), as a {@link MentionFinder}. Corpus labels map to entity types: Task,
 * Method, Metric, and Dataset or Material (SciERC's name for data) to {@link EntityType#DATASET};
 * other labels stay available through {@link #tag(List)} only.
 *
 * <p>Design decision: the feature generators include OpenNLP's previous-map feature, which
 * remembers earlier decisions within a document; every call here clears it first, so results do not
 * depend on what the same thread tagged before. Thread-safe: one {@code NameFinderME} per thread.
 */
public final class SciNameFinder implements MentionFinder, AutoCloseable {
    /** SciERC's six types (Task, Method, Metric, Material, OtherScientificTerm, Generic). */
    public static final String SCIERC_MODEL = "models/scierc-ner.bin";
    /** TDMSci's three types (TASK, DATASET, METRIC). */
    public static final String TDMSCI_MODEL = "models/tdmsci-ner.bin";

    private final ThreadSafeNameFinderME finder;

    private SciNameFinder(TokenNameFinderModel model) {
        finder = new ThreadSafeNameFinderME(Objects.requireNonNull(model, "model"));
    }

    public static SciNameFinder of(TokenNameFinderModel model) {
        return new SciNameFinder(model);
    }

    /** A finder on a model file shipped in this package ({@link #SCIERC_MODEL}, {@link #TDMSCI_MODEL}). */
    public static SciNameFinder load(String resource) {
        try (InputStream in = SciNameFinder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ExtractException("name finder model " + resource + " is missing from the classpath");
            }
            return new SciNameFinder(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new ExtractException("cannot read name finder model " + resource + ": " + e.getMessage(), e);
        }
    }

    /** A finder on a model file, e.g. one just written by {@code claimgraph train --out DIR}. */
    public static SciNameFinder load(java.nio.file.Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return new SciNameFinder(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new ExtractException("cannot read name finder model " + file + ": " + e.getMessage(), e);
        }
    }

    /** Labelled token spans of each sentence of one document, with the corpus's own labels. */
    public List<List<TokenSpan>> tag(List<List<String>> document) {
        finder.clearAdaptiveData();
        List<List<TokenSpan>> out = new ArrayList<>(document.size());
        for (List<String> tokens : document) {
            List<TokenSpan> spans = new ArrayList<>();
            for (Span s : finder.find(tokens.toArray(String[]::new))) {
                spans.add(new TokenSpan(s.getStart(), s.getEnd(), s.getType()));
            }
            out.add(spans);
        }
        finder.clearAdaptiveData();
        return out;
    }

    @Override
    public List<Mention> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<String> words = tokens.stream().map(Token::text).toList();
        List<Mention> out = new ArrayList<>();
        for (TokenSpan s : tag(List.of(words)).get(0)) {
            EntityType type = typeOf(s.label());
            if (type != null) {
                int start = tokens.get(s.start()).start() - sentence.start();
                int end = tokens.get(s.end() - 1).end() - sentence.start();
                out.add(new Mention(sentence.text().substring(start, end), start, end, type));
            }
        }
        return out;
    }

    static EntityType typeOf(String label) {
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "task" -> EntityType.TASK;
            case "method" -> EntityType.METHOD;
            case "metric" -> EntityType.METRIC;
            case "dataset", "material" -> EntityType.DATASET;
            default -> null;
        };
    }

    @Override
    public void close() {
        finder.close();
    }
}
