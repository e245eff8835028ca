package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import org.claimgraph.eval.Calibration;
import org.claimgraph.eval.EvalException;
import org.claimgraph.eval.MentionTagger;
import org.claimgraph.eval.NerBenchmark;
import org.claimgraph.eval.NerCorpus;
import org.claimgraph.eval.NerTagger;
import org.claimgraph.eval.NlpTdmsBenchmark;
import org.claimgraph.eval.SciercCorpus;
import org.claimgraph.eval.Scorer;
import org.claimgraph.eval.Scores;
import org.claimgraph.eval.SpanScores;
import org.claimgraph.eval.TdmsciCorpus;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.RuleBasedExtractor;
import org.claimgraph.extract.SciNameFinder;
import org.claimgraph.ingest.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimgraph evaluate}: the scorer of shared/eval/score.py, on predictions or on fresh
 * extraction, and the public benchmarks (SciERC, TDMSci, NLP-TDMS).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score claims against gold annotations (same figures as score.py). Give either a claims "
                + "JSON Lines file of predictions, or abstracts to extract and score.",
                "Or score a public benchmark: --scierc FILE or --tdmsci FILE (exact-span NER F1 per type), "
                        + "--nlp-tdms DIR (leaderboard tuples recovered from abstracts)."})
final class EvaluateCommand implements Callable<Integer> {
    /** What is scored: one of these. */
    static final class Mode {
        @Option(names = "--gold", paramLabel = "GOLD.jsonl", description = "Gold claims JSON Lines.")
        Path gold;

        @Option(names = "--scierc", paramLabel = "FILE", description = "SciERC split (processed JSON), e.g. test.json.")
        Path scierc;

        @Option(names = "--tdmsci", paramLabel = "FILE", description = "TDMSci split (CoNLL), e.g. test_500_v2.conll.")
        Path tdmsci;

        @Option(names = "--nlp-tdms", paramLabel = "DIR", description = "NLP-TDMS folder (annotations/, pdfFile_txt/).")
        Path nlpTdms;
    }

    /** Who names the entities on the NER benchmarks. */
    enum Tagger { model, rules }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    @Parameters(arity = "0..*", paramLabel = "PRED.jsonl|INPUT",
            description = "With --gold: predictions (claims JSON Lines), or abstracts in any input format.")
    List<String> inputs = List.of();

    @Option(names = "--tagger", defaultValue = "model",
            description = "For --scierc/--tdmsci: the trained name finder (model) or the extraction rules (rules); "
                    + "default ${DEFAULT-VALUE}.")
    Tagger tagger;

    @Option(names = "--json", description = "Print the figures as JSON instead of a table.")
    boolean json;

    @Option(names = "--calibration", description = "With --gold: also print the precision of the predicted results "
            + "per confidence bucket ([0,0.5), [0.5,0.7), [0.7,0.85), [0.85,1]).")
    boolean calibration;

    @Option(names = "--model", paramLabel = "FILE",
            description = "With --tagger model: this model file instead of the shipped one.")
    Path model;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (mode.gold == null && !inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "predictions or inputs go with --gold only");
        }
        if (mode.scierc != null) {
            return ner(new SciercCorpus(existing(mode.scierc)), SciNameFinder.SCIERC_MODEL, MentionTagger.SCIERC_LABELS);
        }
        if (mode.tdmsci != null) {
            return ner(new TdmsciCorpus(existing(mode.tdmsci)), SciNameFinder.TDMSCI_MODEL, MentionTagger.TDMSCI_LABELS);
        }
        if (mode.nlpTdms != null) {
            ClaimGraph graph = Pipelines.claimGraph(null);
            print(NlpTdmsBenchmark.score(existing(mode.nlpTdms), graph::extract).toText());
            return ExitCodes.OK;
        }
        if (inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--gold needs predictions or inputs");
        }
        return gold();
    }

    private int ner(NerCorpus corpus, String model, Map<EntityType, String> labels) throws IOException {
        SpanScores scores;
        if (tagger == Tagger.model) {
            try (SciNameFinder finder = this.model != null ? SciNameFinder.load(existing(this.model))
                    : SciNameFinder.load(model)) {
                scores = NerBenchmark.score(corpus, finder::tag);
            }
        } else {
            try (org.claimgraph.nlp.OpenNlpAnalyzer analyzer = org.claimgraph.nlp.OpenNlpAnalyzer.english()) {
                NerTagger rules = new MentionTagger(analyzer, new RuleBasedExtractor(), labels);
                scores = NerBenchmark.score(corpus, rules);
            }
        }
        print(corpus.source() + " (" + tagger + "), exact-span micro F1\n" + scores.toTable());
        return ExitCodes.OK;
    }

    private void print(String text) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
    }

    private static Path existing(Path p) {
        if (!Files.exists(p)) {
            throw new EvalException(p + " does not exist");
        }
        return p;
    }

    private int gold() throws IOException {
        Path gold = mode.gold;
        Path pred;
        Path temp = null;
        if (inputs.size() == 1 && isClaimsFile(Path.of(inputs.get(0)))) {
            pred = Path.of(inputs.get(0));
        } else {
            temp = Files.createTempFile("claimgraph-pred", ".jsonl");
            pred = temp;
            InputOptions input = new InputOptions();
            input.inputs = inputs;
            input.format = InputFormat.AUTO;
            spec.commandLine().getErr().println(
                    Pipelines.extract(Pipelines.claimGraph(null), input, "claims-jsonl", pred, spec.commandLine().getErr()));
        }
        try {
            Scores scores = Scorer.score(gold, pred, w -> spec.commandLine().getErr().println("warning: " + w));
            spec.commandLine().getOut().print(json ? scores.toJson() + "\n" : scores.toTable());
            if (calibration) {
                spec.commandLine().getOut().print("\nresults per confidence bucket (precision at each level)\n"
                        + Calibration.toTable(Calibration.of(gold, pred, w -> { })));
            }
            spec.commandLine().getOut().flush();
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
        return ExitCodes.OK;
    }

    /** A claims file is JSON Lines whose first record has claims fields rather than an abstract. */
    static boolean isClaimsFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    if (!line.strip().startsWith("{")) {
                        return false;
                    }
                    try {
                        JsonNode node = new ObjectMapper().readTree(line);
                        return node.has("results") && !node.has("abstract");
                    } catch (IOException e) {
                        return false;
                    }
                }
            }
        }
        return false;
    }
}
