package org.claimgraph.nlp;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.claimgraph.ingest.Paper;

/**
 * The NLP stage on Apache OpenNLP's English UD-EWT models (sentences, tokens, POS tags), after
 * {@link LatexCleaner}. Tags are Universal Dependencies UPOS ({@code NOUN}, {@code PROPN},
 * {@code NUM}, {@code VERB}, ...), the tag set the models were trained with, so no lossy mapping
 * to Penn tags happens.
 *
 * <p>Design decision: models load once per analyzer and are shared; OpenNLP's {@code ThreadSafe*ME}
 * wrappers keep one {@code *ME} per thread, so one analyzer may serve many threads. The
 * lemmatizer is about ten times slower than the tagger, so it is loaded on first use of
 * {@link #lemmas(Sentence)} and never runs inside {@link #analyze(Paper)}.
 */
public final class OpenNlpAnalyzer implements TextAnalyzer, AutoCloseable {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    private static final String POS_MODEL_ENTRY = "pos.model";

    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?:\\b(?:e\\.g|i\\.e|et al|vs|cf|Fig|Figs|Eq|Eqs|Sec|Tab|approx|resp|incl|w\\.r\\.t|a\\.k\\.a)\\.|\\(\\w?\\.)$");
    private static final Pattern CONTINUATION_START = Pattern.compile("^(?:[a-z(]|[),;:%]|\\d+(?:\\.\\d+)?%)");
    private final LatexCleaner cleaner = new LatexCleaner();
    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private volatile ThreadSafeLemmatizerME lemmatizer;

    private final Predicate<String> needsTokens;

    private OpenNlpAnalyzer(Models models, Predicate<String> needsTokens) {
        this.needsTokens = Objects.requireNonNull(needsTokens, "needsTokens");
        sentences = new ThreadSafeSentenceDetectorME(models.sentences);
        tokenizer = new ThreadSafeTokenizerME(models.tokens);
        tagger = new ThreadSafePOSTaggerME(models.pos, POSTagFormat.UD);
    }

    /**
     * The English models, read from the classpath once per JVM and shared by every analyzer (they
     * are thread-safe), in one of two decodings.
     */
    private static final class Models {
        final SentenceModel sentences;
        final TokenizerModel tokens;
        final POSModel pos;

        private Models(SentenceModel sentences, TokenizerModel tokens, POSModel pos) {
            this.sentences = sentences;
            this.tokens = tokens;
            this.pos = pos;
        }

        /** The models exactly as published. */
        private static final class AsShipped {
            static final Models ENGLISH = load(false);
        }

        /** The same trained parameters with the faster decoding {@link #english()} describes. */
        private static final class Fast {
            static final Models ENGLISH = load(true);
        }

        private static Models load(boolean fast) {
            try (InputStream s = resource(SENTENCE_MODEL); InputStream t = resource(TOKEN_MODEL);
                 InputStream p = resource(POS_MODEL)) {
                SentenceModel sentences = new SentenceModel(s);
                TokenizerModel tokens = new TokenizerModel(t);
                POSModel pos = new POSModel(p);
                if (!fast) {
                    return new Models(sentences, tokens, pos);
                }
                TokenizerFactory alphanumeric = new TokenizerFactory(tokens.getLanguage(),
                        tokens.getFactory().getAbbreviationDictionary(), true, null);
                return new Models(sentences, new TokenizerModel(tokens.getMaxentModel(), new HashMap<>(), alphanumeric),
                        new POSModel(pos.getLanguage(), posMaxent(), 1, new HashMap<>(), pos.getFactory()));
            } catch (IOException e) {
                throw new NlpException("cannot load OpenNLP English model: " + e.getMessage(), e);
            }
        }

        /** The tagger's maximum-entropy model, read from its entry in the model package (the API keeps it wrapped in a beam search). */
        private static MaxentModel posMaxent() throws IOException {
            try (ZipInputStream zip = new ZipInputStream(resource(POS_MODEL))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (POS_MODEL_ENTRY.equals(e.getName())) {
                        return new GenericModelReader(new BinaryFileDataReader(
                                new DataInputStream(new BufferedInputStream(zip)))).getModel();
                    }
                }
            }
            throw new IOException("model " + POS_MODEL + " has no " + POS_MODEL_ENTRY + " entry");
        }
    }

    /**
     * An analyzer on the English models found on the classpath, tokenising and tagging every
     * sentence, with two decoding settings that make it about three times faster than the models'
     * own: the tokenizer keeps a run of ASCII letters and digits whole instead of asking the model
     * at each character (OpenNLP's alphanumeric optimisation; the shipped setting splits names like
     * "SLAM" into "SL AM" and "PINet" into "PI Net"), and the tagger decodes greedily (beam 1
     * instead of 3; on 430,712 tokens of the arXiv pool every tag came out the same).
     */
    public static OpenNlpAnalyzer english() {
        return new OpenNlpAnalyzer(Models.Fast.ENGLISH, sentence -> true);
    }

    /**
     * An analyzer that tokenises and tags every sentence with the models' own decoding settings,
     * exactly as OpenNLP ships them: the reference that {@code claimgraph bench} compares the
     * pipeline with.
     */
    public static OpenNlpAnalyzer englishAsShipped() {
        return new OpenNlpAnalyzer(Models.AsShipped.ENGLISH, sentence -> true);
    }

    /**
     * An analyzer like {@link #english()} that tokenises and tags only the sentences containing
     * one of {@code words} (any case, not inside a longer run of letters); the other sentences come
     * back with no tokens.
     *
     * <p>Design decision: tokenising and tagging cost about 95% of the NLP time, and an extractor
     * may read tags in a few places only (the rule-based one: task phrases headed by a task noun,
     * {@code RuleBasedExtractor.wordsNeedingTags()}), so a sentence without such a word needs no
     * tokens. Sentence splitting and clean-up are the same, and a selected sentence gets exactly
     * the tokens and tags {@link #english()} gives it (tagging is per sentence).
     */
    public static OpenNlpAnalyzer english(Collection<String> words) {
        return new OpenNlpAnalyzer(Models.Fast.ENGLISH, containsWord(words));
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

    /** Sentences of already clean text, with offsets into {@code text} (unselected ones without tokens). */
    public List<Sentence> analyze(String text) {
        List<Sentence> out = new ArrayList<>();
        for (Span s : mergeFalseSplits(text, sentences.sentPosDetect(text))) {
            String sentenceText = text.substring(s.getStart(), s.getEnd());
            if (!needsTokens.test(sentenceText)) {
                out.add(new Sentence(sentenceText, s.getStart(), s.getEnd(), List.of()));
                continue;
            }
            Span[] spans = tokenizer.tokenizePos(sentenceText);
            String[] words = new String[spans.length];
            for (int i = 0; i < spans.length; i++) {
                words[i] = sentenceText.substring(spans[i].getStart(), spans[i].getEnd());
            }
            String[] tags = tagger.tag(words);
            List<Token> tokens = new ArrayList<>(spans.length);
            for (int i = 0; i < spans.length; i++) {
                tokens.add(new Token(words[i], s.getStart() + spans[i].getStart(),
                        s.getStart() + spans[i].getEnd(), tags[i]));
            }
            out.add(new Sentence(sentenceText, s.getStart(), s.getEnd(), tokens));
        }
        return out;
    }

    /**
     * A tagged sentence from words that are already tokenised (benchmark corpora ship tokens, not
     * text): the text is the words joined by single spaces, and offsets point into it.
     */
    public Sentence tagTokens(List<String> words) {
        String[] w = words.toArray(String[]::new);
        String[] tags = tagger.tag(w);
        List<Token> tokens = new ArrayList<>(w.length);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            tokens.add(new Token(w[i], text.length(), text.length() + w[i].length(), tags[i]));
            text.append(w[i]);
        }
        return new Sentence(text.toString(), 0, text.length(), tokens);
    }

    /**
     * Rejoins sentences the model split after an abbreviation ("e.g.", "et al.", "vs.") or before a
     * continuation (a lower-case word, a closing bracket, a comma): abstracts use these often and the
     * UD-EWT model, trained on web text, splits there.
     */
    static List<Span> mergeFalseSplits(String text, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                String before = text.substring(prev.getStart(), prev.getEnd());
                String next = text.substring(s.getStart(), s.getEnd());
                if (ABBREVIATION_END.matcher(before).find() || CONTINUATION_START.matcher(next).find()) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** Lemmas of the sentence's tokens, in token order; loads the lemmatizer model on first call. */
    public List<String> lemmas(Sentence sentence) {
        String[] words = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
        String[] tags = sentence.tokens().stream().map(Token::pos).toArray(String[]::new);
        return List.of(lemmatizer().lemmatize(words, tags));
    }

    private ThreadSafeLemmatizerME lemmatizer() {
        ThreadSafeLemmatizerME l = lemmatizer;
        if (l == null) {
            synchronized (this) {
                l = lemmatizer;
                if (l == null) {
                    try (InputStream in = resource(LEMMA_MODEL)) {
                        l = new ThreadSafeLemmatizerME(new LemmatizerModel(in));
                    } catch (IOException e) {
                        throw new NlpException("cannot load OpenNLP lemmatizer model " + LEMMA_MODEL
                                + ": " + e.getMessage(), e);
                    }
                    lemmatizer = l;
                }
            }
        }
        return l;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = OpenNlpAnalyzer.class.getResourceAsStream(name);
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
        ThreadSafeLemmatizerME l = lemmatizer;
        if (l != null) {
            l.close();
        }
    }
}
