package org.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.claimgraph.ingest.PaperIds;

/**
 * Precision of predicted results per confidence bucket, with the scorer's one-to-one matching: does a
 * result's {@code confidence} mean what it says? A prediction counts as right at a level when the
 * matching of {@link Scorer} pairs it with a gold result at that level.
 */
public final class Calibration {
    /** The buckets reported: [0, 0.5), [0.5, 0.7), [0.7, 0.85), [0.85, 1]. */
    public static final double[] EDGES = {0.0, 0.5, 0.7, 0.85, 1.0};
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One confidence bucket: how many predicted results fell in it and how many were right per level. */
    public record Bucket(double from, double to, long n, Map<MatchLevel, Long> right) {
        public Bucket {
            if (n < 0 || from > to) {
                throw new IllegalArgumentException("bad bucket [" + from + ", " + to + "), n=" + n);
            }
            right = Map.copyOf(right);
        }

        public double precision(MatchLevel level) {
            return n == 0 ? 0.0 : right.getOrDefault(level, 0L) / (double) n;
        }
    }

    private Calibration() {
    }

    /**
     * Buckets the predictions of {@code pred} that belong to papers of {@code gold}; results without a
     * confidence are skipped (and counted in a warning).
     */
    public static List<Bucket> of(Path gold, Path pred, Consumer<String> warnings) {
        Objects.requireNonNull(warnings, "warnings");
        ClaimsReader reader = new ClaimsReader(warnings);
        Map<String, ClaimsRecord> goldById = new HashMap<>();
        Map<String, ClaimsRecord> goldByTitle = new HashMap<>();
        for (ClaimsRecord g : reader.read(gold, "gold")) {
            String id = g.id().isEmpty() ? PaperIds.slug(g.title()) : g.id();
            goldById.putIfAbsent(id, g);
            goldByTitle.putIfAbsent(PyText.norm(g.title()), g);
        }
        Map<Long, List<Double>> confidences = confidences(pred);
        long[] n = new long[EDGES.length - 1];
        List<Map<MatchLevel, Long>> right = new ArrayList<>();
        for (int b = 0; b < n.length; b++) {
            right.add(new EnumMap<>(MatchLevel.class));
        }
        long missing = 0;
        for (ClaimsRecord p : reader.read(pred, "pred")) {
            ClaimsRecord g = p.id().isEmpty() ? null : goldById.get(p.id());
            if (g == null) {
                g = goldByTitle.get(PyText.norm(p.title()));
            }
            List<Double> conf = confidences.getOrDefault(p.line(), List.of());
            if (g == null) {
                continue;
            }
            Map<MatchLevel, boolean[]> matched = new EnumMap<>(MatchLevel.class);
            for (MatchLevel level : MatchLevel.values()) {
                matched.put(level, Scorer.matchedPredictions(g.results(), p.results(), level, g.groups()));
            }
            for (int i = 0; i < p.results().size(); i++) {
                Double c = i < conf.size() ? conf.get(i) : null;
                if (c == null) {
                    missing++;
                    continue;
                }
                int b = bucket(c);
                n[b]++;
                for (MatchLevel level : MatchLevel.values()) {
                    if (matched.get(level)[i]) {
                        right.get(b).merge(level, 1L, Long::sum);
                    }
                }
            }
        }
        if (missing > 0) {
            warnings.accept(missing + " predicted result(s) without a confidence were left out");
        }
        List<Bucket> out = new ArrayList<>();
        for (int b = 0; b < n.length; b++) {
            out.add(new Bucket(EDGES[b], EDGES[b + 1], n[b], right.get(b)));
        }
        return out;
    }

    /** A fixed-width table: bucket, results, precision at each level. */
    public static String toTable(List<Bucket> buckets) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-12s%8s", "confidence", "results"));
        for (MatchLevel level : MatchLevel.values()) {
            sb.append(String.format(Locale.ROOT, "%12s", level.label() + " P"));
        }
        sb.append('\n');
        for (int i = 0; i < buckets.size(); i++) {
            Bucket b = buckets.get(i);
            String range = String.format(Locale.ROOT, "[%.2f,%.2f%s", b.from(), b.to(), i == buckets.size() - 1 ? "]" : ")");
            sb.append(String.format(Locale.ROOT, "%-12s%8d", range, b.n()));
            for (MatchLevel level : MatchLevel.values()) {
                sb.append(b.n() == 0 ? String.format(Locale.ROOT, "%12s", "-")
                        : String.format(Locale.ROOT, "%12.3f", b.precision(level)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static int bucket(double confidence) {
        for (int b = EDGES.length - 2; b > 0; b--) {
            if (confidence >= EDGES[b]) {
                return b;
            }
        }
        return 0;
    }

    /** Per line number of the prediction file, the confidences of its results in order (null when absent). */
    private static Map<Long, List<Double>> confidences(Path pred) {
        Map<Long, List<Double>> out = new HashMap<>();
        try (PyLines in = new PyLines(new BufferedReader(Files.newBufferedReader(pred, StandardCharsets.UTF_8)))) {
            long n = 0;
            for (String line = in.next(); line != null; line = in.next()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    continue;
                }
                List<Double> conf = new ArrayList<>();
                for (JsonNode r : node.path("results")) {
                    if (r.isObject()) {
                        JsonNode c = r.get("confidence");
                        conf.add(c != null && c.isNumber() ? c.asDouble() : null);
                    }
                }
                out.put(n, conf);
            }
        } catch (IOException e) {
            throw new EvalException("cannot read pred file " + pred + ": " + e, e);
        }
        return out;
    }
}
