package org.claimgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the name finders of {@link SciNameFinder} with OpenNLP's own trainer and the feature
 * generator descriptor {@code models/sci-ner-features.xml}. One training thread and fixed
 * iterations and cutoff make the result deterministic: the same samples give the same model.
 */
public final class NameFinderTraining {
    /** The descriptor the shipped models were trained with. */
    public static final String FEATURES = "models/sci-ner-features.xml";

    /**
     * Trainer settings.
     *
     * @param algorithm an OpenNLP trainer name, e.g. {@code PERCEPTRON} or {@code MAXENT}
     * @param iterations training passes over the samples
     * @param cutoff features seen fewer times are dropped
     */
    public record Settings(String algorithm, int iterations, int cutoff) {
        public static final Settings DEFAULT = new Settings("PERCEPTRON", 100, 0);

        public Settings {
            Objects.requireNonNull(algorithm, "algorithm");
            if (iterations < 1 || cutoff < 0) {
                throw new IllegalArgumentException("iterations must be >= 1 and cutoff >= 0: " + iterations
                        + ", " + cutoff);
            }
        }

        TrainingParameters parameters() {
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            p.put(TrainingParameters.THREADS_PARAM, 1);
            return p;
        }
    }

    private NameFinderTraining() {
    }

    /** A model trained on {@code samples} (read once per iteration via {@link ObjectStream#reset()}). */
    public static TokenNameFinderModel train(ObjectStream<NameSample> samples, Settings settings) throws IOException {
        TokenNameFinderFactory factory = new TokenNameFinderFactory(featureDescriptor(), Map.of(), new BioCodec());
        return NameFinderME.train("en", null, samples, settings.parameters(), factory);
    }

    /** The bytes of {@link #FEATURES}. */
    public static byte[] featureDescriptor() throws IOException {
        try (InputStream in = NameFinderTraining.class.getResourceAsStream(FEATURES)) {
            if (in == null) {
                throw new ExtractException("feature generator descriptor " + FEATURES + " is missing from the classpath");
            }
            return in.readAllBytes();
        }
    }
}
