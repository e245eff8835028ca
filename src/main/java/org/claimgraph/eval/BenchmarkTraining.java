package org.claimgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.claimgraph.extract.NameFinderTraining;
import org.claimgraph.extract.SciNameFinder;

/**
 * Rebuilds the shipped name finder models from the public train splits and writes
 * {@code MODEL-SOURCES.md} beside them: data source, licence, trainer settings, SHA-256 of every
 * input and output. The SciERC model learns SciERC's six labels, the TDMSci model TDMSci's three.
 */
public final class BenchmarkTraining {
    /** What one training run read and wrote. */
    public record Report(List<Path> models, Path sources, Duration elapsed) {
        public Report {
            models = List.copyOf(models);
            Objects.requireNonNull(sources, "sources");
            Objects.requireNonNull(elapsed, "elapsed");
        }
    }

    private BenchmarkTraining() {
    }

    public static Report train(Path sciercTrain, Path tdmsciTrain, Path outDir, NameFinderTraining.Settings settings)
            throws IOException {
        for (Path p : List.of(sciercTrain, tdmsciTrain)) {
            if (!Files.isRegularFile(p)) {
                throw new EvalException("training file " + p + " does not exist");
            }
        }
        long started = System.nanoTime();
        Files.createDirectories(outDir);
        Path scierc = outDir.resolve(fileName(SciNameFinder.SCIERC_MODEL));
        Path tdmsci = outDir.resolve(fileName(SciNameFinder.TDMSCI_MODEL));
        write(NameFinderTraining.train(NameSamples.of(List.of(new SciercCorpus(sciercTrain))), settings), scierc);
        write(NameFinderTraining.train(NameSamples.of(List.of(new TdmsciCorpus(tdmsciTrain))), settings), tdmsci);
        Path sources = outDir.resolve("MODEL-SOURCES.md");
        Files.writeString(sources, sources(sciercTrain, tdmsciTrain, scierc, tdmsci, settings), StandardCharsets.UTF_8);
        return new Report(List.of(scierc, tdmsci), sources, Duration.ofNanos(System.nanoTime() - started));
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    private static void write(TokenNameFinderModel model, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
    }

    private static String sources(Path sciercTrain, Path tdmsciTrain, Path scierc, Path tdmsci,
                                  NameFinderTraining.Settings s) throws IOException {
        return """
                # Name finder models: where they come from

                Written by `claimgraph train`; rebuild them with that command (see EVALUATION.md).

                | model | trained on | SHA-256 of the training file | labels | licence of the data |
                |---|---|---|---|---|
                | `%s` | SciERC `train.json` (Luan et al., EMNLP 2018; processed DyGIE/PURE JSON from github.com/JerryHao2001/thesis-tanl @ 79612fe) | `%s` | Task, Method, Metric, Material, OtherScientificTerm, Generic | none stated by the source repository or the SciERC site; research use as published |
                | `%s` | TDMSci `train_1500_v2.conll` (Hou et al., EACL 2021; github.com/IBM/science-result-extractor @ 1c59ff3) | `%s` | TASK, DATASET, METRIC | Apache License 2.0, Copyright (C) IBM Corporation 2019 |

                Trainer: OpenNLP %s `NameFinderME.train`, BIO codec, algorithm `%s`, %d iterations, cutoff %d,
                1 thread (deterministic: the same data give the same weights; the file bytes also hold the
                training time in the manifest and zip entries). Feature generators:
                `org/claimgraph/extract/%s` (token, token class and word-shape windows of 2, prefixes and
                suffixes up to 4, definition, previous map, bigram, sentence start, and
                `ScientificNameFeatures`: acronyms, CamelCase, letter-digit mixes, hyphens).
                Nested SciERC names keep the outermost one.

                | model file | SHA-256 | bytes |
                |---|---|---|
                | `%s` | `%s` | %d |
                | `%s` | `%s` | %d |
                """.formatted(scierc.getFileName(), sha256(sciercTrain), tdmsci.getFileName(), sha256(tdmsciTrain),
                opennlp.tools.util.Version.currentVersion(), s.algorithm(), s.iterations(), s.cutoff(),
                NameFinderTraining.FEATURES, scierc.getFileName(), sha256(scierc), Files.size(scierc),
                tdmsci.getFileName(), sha256(tdmsci), Files.size(tdmsci));
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
