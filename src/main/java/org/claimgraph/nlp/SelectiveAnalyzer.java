package org.claimgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.claimgraph.ingest.Paper;

/**
 * The NLP stage on the same OpenNLP models as {@link OpenNlpAnalyzer}, but tokenising and tagging
 * only the sentences a predicate selects; the other sentences come back with no tokens. Sentence
 * splitting and LaTeX clean-up are identical, and a selected sentence gets exactly the tokens and
 * tags {@link OpenNlpAnalyzer} gives it (tagging is per sentence).
 *
 * <p>Design decision: tokenising and tagging cost about 95% of the NLP time and the rule-based
 * extractor reads tokens in one place only, task phrases headed by a task noun, so a sentence
 * without such a noun needs no tokens. The selection lives here, as a word list the caller passes,
 * and the words come from the extractor ({@code RuleBasedExtractor.wordsNeedingTags()}), which
 * owns them; tests fail when the claims of both analyzers differ over real abstracts.
 */
public final class SelectiveAnalyzer implements TextAnalyzer, AutoCloseable {

    private final LatexCleaner cleaner = new LatexCleaner();
    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final Predicate<String> needsTokens;

    private SelectiveAnalyzer(Predicate<String> needsTokens) {
        this.needsTokens = Objects.requireNonNull(needsTokens, "needsTokens");
        try (InputStream s = resource(OpenNlpAnalyzer.SENTENCE_MODEL); InputStream t = resource(OpenNlpAnalyzer.TOKEN_MODEL);
             InputStream p = resource(OpenNlpAnalyzer.POS_MODEL)) {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(s));
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(t));
            tagger = new ThreadSafePOSTaggerME(new POSModel(p), POSTagFormat.UD);
        } catch (IOException e) {
            throw new NlpException("cannot load OpenNLP English model: " + e.getMessage(), e);
        }
    }

    /** Tokenises and tags the sentences in which {@code needsTokens} is true. */
    public static SelectiveAnalyzer english(Predicate<String> needsTokens) {
        return new SelectiveAnalyzer(needsTokens);
    }

    /**
     * Tokenises and tags the sentences containing one of {@code words} (any case) not inside a
     * longer run of letters: every sentence in which a token can equal one of the words.
     */
    public static SelectiveAnalyzer english(Collection<String> words) {
        return new SelectiveAnalyzer(containsWord(words));
    }

    static Predicate<String> containsWord(Collection<String> words) {
        if (words.isEmpty()) {
            return s -> false;
        }
        String alternatives = words.stream().sorted().map(Pattern::quote).collect(Collectors.joining("|"));
        Pattern p = Pattern.compile("(?<!\\p{L})(?:" + alternatives + ")(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return s -> p.matcher(s).find();
    }

    @Override
    public AnalyzedText analyze(Paper paper) {
        Objects.requireNonNull(paper, "paper");
        CleanText clean = cleaner.clean(paper.abstractText());
        return new AnalyzedText(paper, clean, analyze(clean.text()));
    }

    /** Sentences of already clean text, with offsets into {@code text}; unselected ones have no tokens. */
    public List<Sentence> analyze(String text) {
        List<Sentence> out = new ArrayList<>();
        for (opennlp.tools.util.Span s : OpenNlpAnalyzer.mergeFalseSplits(text, sentences.sentPosDetect(text))) {
            String sentenceText = text.substring(s.getStart(), s.getEnd());
            out.add(new Sentence(sentenceText, s.getStart(), s.getEnd(),
                    needsTokens.test(sentenceText) ? tokens(sentenceText, s.getStart()) : List.of()));
        }
        return out;
    }

    private List<Token> tokens(String sentenceText, int offset) {
        opennlp.tools.util.Span[] spans = tokenizer.tokenizePos(sentenceText);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = sentenceText.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = tagger.tag(words);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(words[i], offset + spans[i].getStart(), offset + spans[i].getEnd(), tags[i]));
        }
        return tokens;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SelectiveAnalyzer.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model " + name + " is not on the classpath");
        }
        return in;
    }

    /** Releases the per-thread {@code *ME} instances of the calling thread. */
    @Override
    public void close() {
        sentences.close();
        tokenizer.close();
        tagger.close();
    }
}
