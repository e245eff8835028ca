package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.ingest.Paper;
import org.claimgraph.nlp.AnalyzedText;
import org.claimgraph.nlp.CleanText;
import org.claimgraph.nlp.Sentence;

/**
 * Claim extraction with hand-written, corpus-independent rules and lexicons built from public
 * annotation sets (see the README next to the lexicons). Works sentence by sentence: finds
 * numbers that can be results, classifies each, and links it to the names the sentence gives.
 *
 * <p>Design decision: rules, not a trained model, because no annotated training set in the
 * CLAIMS-SCHEMA shape exists; every rule is a cue a reader can check in the evidence sentence,
 * which also makes {@link Result#confidence()} explainable. Immutable and thread-safe.
 */
public final class RuleBasedExtractor implements ClaimExtractor, MentionFinder {
    private static final GuardedPattern EVALUATIVE = GuardedPattern.anyOf(Pattern.compile(
            "(?i)\\b(achiev|outperform|surpass|improv|evaluat|measur|metric|score|benchmark|reach|obtain|attain|"
                    + "gain|boost|reduc|accuracy|drop)"),
            "achiev", "outperform", "surpass", "improv", "evaluat", "measur", "metric", "score", "benchmark", "reach",
            "obtain", "attain", "gain", "boost", "reduc", "accuracy", "drop");
    /** "THUMOS-14" and "THUMOS14" are one benchmark spelt two ways: each spelling finds the other in later sentences. */
    private static final Pattern LETTER_HYPHEN_DIGIT = Pattern.compile("(?<=[A-Za-z]{2})([A-Za-z])-(\\d+)\\b");
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=[A-Za-z]{2})([A-Za-z])(\\d+)\\b");
    private static final Pattern BENCHMARK_HEAD = Pattern.compile("^\\s+(?:benchmark|dataset|suite|test set)s?\\b");
    private final QuantityFinder quantities = new QuantityFinder();
    private final AcronymFinder acronyms = new AcronymFinder();
    private final ProposalFinder proposals = new ProposalFinder();
    private final ResultAssembler assembler = new ResultAssembler();
    private final DatasetAliases datasetAliases = DatasetAliases.load("dataset-aliases.tsv");
    private final EntityFinder entities;
    private final TaskFinder tasks;

    public RuleBasedExtractor() {
        entities = new EntityFinder(Lexicon.load("benchmarks.txt"),
                Lexicon.load("metrics.txt", "metrics-common.txt"));
        tasks = new TaskFinder(Lexicon.load("tasks.txt"));
    }

    /**
     * The words whose sentences need tokens and POS tags: the rules read tags only in task phrases
     * headed by one of these nouns, so an analyzer may skip tagging every other sentence
     * ({@code OpenNlpAnalyzer.english(words)}).
     */
    public static Set<String> wordsNeedingTags() {
        return TaskFinder.HEADS;
    }

    @Override
    public String name() {
        return "claimgraph-rules";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    /**
     * The benchmark, metric and task names the rules see in one sentence on their own, without the
     * paper-level filters of {@link #extract(AnalyzedText)} (proposals, repetition): what the
     * public NER benchmarks score.
     */
    @Override
    public List<Mention> find(Sentence sentence) {
        List<Mention> out = new ArrayList<>(entities.benchmarks(sentence.text()));
        out.addAll(entities.metrics(sentence.text()));
        out.addAll(tasks.mentions(sentence));
        return out;
    }

    @Override
    public PaperClaims extract(AnalyzedText text) {
        Paper paper = text.paper();
        List<Sentence> sentences = text.sentences();
        List<String> sentenceTexts = sentences.stream().map(Sentence::text).toList();
        List<AcronymFinder.Definition> definitions = new ArrayList<>();
        for (String s : sentenceTexts) {
            definitions.addAll(acronyms.find(s));
        }
        List<Entity> proposed = proposals.find(paper.title(), sentenceTexts, definitions);

        Map<String, String> benchmarkNames = new LinkedHashMap<>();
        List<List<Mention>> metricMentions = new ArrayList<>();
        List<List<Quantity>> sentenceQuantities = new ArrayList<>();
        for (String s : sentenceTexts) {
            for (Mention m : entities.benchmarks(s)) {
                if (!isOwnMethod(m.text(), proposed) || BENCHMARK_HEAD.matcher(s.substring(m.end())).find()) {
                    benchmarkNames.putIfAbsent(Names.key(m.text()), m.text());
                }
            }
            metricMentions.add(entities.metrics(s));
            sentenceQuantities.add(quantities.find(s));
        }
        List<String> surfaceForms = new ArrayList<>(benchmarkNames.values());
        for (String b : benchmarkNames.values()) {
            if (b.length() >= 5 && !b.equals(b.toUpperCase(java.util.Locale.ROOT))) {
                surfaceForms.add(b.toLowerCase(java.util.Locale.ROOT));
            }
            String unhyphenated = LETTER_HYPHEN_DIGIT.matcher(b).replaceAll("$1$2");
            String hyphenated = LETTER_DIGIT.matcher(b).replaceAll("$1-$2");
            for (String variant : List.of(unhyphenated, hyphenated)) {
                if (!variant.equals(b)) {
                    surfaceForms.add(variant);
                }
            }
        }
        Lexicon paperBenchmarks = Lexicon.of(surfaceForms);

        List<Result> results = new ArrayList<>();
        Map<String, Entity> metrics = new LinkedHashMap<>();
        CleanText clean = text.clean();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            String s = sentence.text();
            List<Quantity> qs = sentenceQuantities.get(i);
            if (!qs.isEmpty() || EVALUATIVE.matcher(s).find()) {
                for (Mention m : metricMentions.get(i)) {
                    addEntity(metrics, m.text(), EntityType.METRIC, definitions);
                }
            }
            if (qs.isEmpty()) {
                continue;
            }
            List<Mention> bench = benchmarkNames.isEmpty() ? List.of()
                    : paperBenchmarks.find(s, EntityType.BENCHMARK);
            var facts = new ResultAssembler.SentenceFacts(s, qs, bench, metricMentions.get(i), proposed);
            int start = clean.originalOffset(sentence.start());
            int end = clean.originalEnd(sentence.end());
            Evidence evidence = new Evidence(clean.original().substring(start, end), new Span(start, end));
            for (ResultAssembler.Linked l : assembler.link(facts)) {
                Quantity q = l.quantity();
                results.add(new Result(l.method(), l.benchmark(), l.metric(), q.value(), q.unit(), l.kind(),
                        l.baseline(), q.baselineValue(), evidence, l.confidence()));
            }
        }
        for (Result r : results) {
            if (r.metric() != null) {
                addEntity(metrics, r.metric(), EntityType.METRIC, definitions);
            }
        }
        Map<String, Entity> benchmarks = new LinkedHashMap<>();
        for (String b : benchmarkNames.values()) {
            addEntity(benchmarks, b, EntityType.BENCHMARK, definitions);
        }
        for (Entity p : proposed) {
            if (p.type() == EntityType.BENCHMARK || p.type() == EntityType.DATASET) {
                addEntity(benchmarks, p.name(), EntityType.BENCHMARK, definitions);
            }
        }
        benchmarks.replaceAll((k, e) -> withVariants(e));
        return new PaperClaims(paper, proposed, tasks.find(paper.title(), sentences, proposed),
                new ArrayList<>(benchmarks.values()), new ArrayList<>(metrics.values()), results);
    }

    /** Adds the alias table's canonical name of a dataset as an alias ("PTB" gains "Penn Treebank"). */
    private Entity withVariants(Entity e) {
        java.util.Optional<String> canonical = datasetAliases.canonical(e.name());
        for (int i = 0; canonical.isEmpty() && i < e.aliases().size(); i++) {
            canonical = datasetAliases.canonical(e.aliases().get(i));
        }
        if (canonical.isEmpty()) {
            return e;
        }
        String key = Names.key(canonical.get());
        if (key.equals(Names.key(e.name())) || e.aliases().stream().anyMatch(a -> Names.key(a).equals(key))) {
            return e;
        }
        List<String> aliases = new ArrayList<>(e.aliases());
        aliases.add(canonical.get());
        return new Entity(e.name(), aliases, e.type());
    }

    private static boolean isOwnMethod(String name, List<Entity> proposed) {
        String key = Names.key(name);
        for (Entity p : proposed) {
            if (p.type() == EntityType.BENCHMARK || p.type() == EntityType.DATASET) {
                continue;
            }
            if (Names.key(p.name()).equals(key) || p.aliases().stream().anyMatch(a -> Names.key(a).equals(key))) {
                return true;
            }
        }
        return false;
    }

    /** Adds a name unless it, its long form or its acronym is already there. */
    private static void addEntity(Map<String, Entity> into, String name, EntityType type,
                                  List<AcronymFinder.Definition> definitions) {
        String key = Names.key(name);
        if (key.isEmpty()) {
            return;
        }
        String longForm = name;
        List<String> aliases = new ArrayList<>();
        for (AcronymFinder.Definition d : definitions) {
            if (Names.key(d.shortForm()).equals(key)) {
                longForm = d.longForm();
                aliases.add(name);
            } else if (Names.key(d.longForm()).equals(key)) {
                aliases.add(d.shortForm());
            }
        }
        for (Entity e : into.values()) {
            if (Names.key(e.name()).equals(key) || Names.key(e.name()).equals(Names.key(longForm))
                    || e.aliases().stream().anyMatch(a -> Names.key(a).equals(key))) {
                return;
            }
        }
        into.put(key, new Entity(longForm, aliases, type));
    }
}
