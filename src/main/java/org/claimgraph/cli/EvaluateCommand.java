package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.eval.Scorer;
import org.claimgraph.eval.Scores;
import org.claimgraph.ingest.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimgraph evaluate}: the scorer of shared/eval/score.py, on predictions or on fresh extraction. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score claims against gold annotations (same figures as score.py). Give either a claims "
                + "JSON Lines file of predictions, or abstracts to extract and score.")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "GOLD.jsonl", required = true, description = "Gold claims JSON Lines.")
    Path gold;

    @Parameters(arity = "1..*", paramLabel = "PRED.jsonl|INPUT",
            description = "Predictions (claims JSON Lines), or abstracts in any input format.")
    List<String> inputs;

    @Option(names = "--json", description = "Print the figures as JSON instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
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
