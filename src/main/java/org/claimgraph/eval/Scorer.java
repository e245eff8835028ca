package org.claimgraph.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.claimgraph.ingest.PaperIds;

/**
 * Scores claim predictions against gold, a faithful port of {@code score.py} (CLAIMS-SCHEMA.md):
 * the same normalisation, joining, matching, tolerance and empty-denominator conventions, so the
 * numbers agree to the last digit.
 *
 * <p>Entities: per paper each distinct predicted name is matched one-to-one to a gold entity whose
 * name or any alias equals it. Results: per paper and level, all compatible (prediction, gold)
 * pairs are sorted by |value difference|, then gold order, then prediction order, and taken
 * greedily while both sides are free. A prediction joins gold by {@code id}, else by normalised
 * title; predictions for unknown papers and second predictions for a paper are ignored with a
 * warning.
 */
public final class Scorer {
    /** Relative value tolerance: |pred - gold| &lt;= REL_TOL * max(1, |gold|). */
    public static final double REL_TOL = 0.005;

    private Scorer() {
    }

    /**
     * Scores {@code pred} against {@code gold}, both claims JSON Lines files. Warnings (malformed
     * lines with their line numbers, duplicates, unknown papers) go to {@code warnings}.
     *
     * @throws EvalException when a file cannot be read at all
     */
    public static Scores score(Path gold, Path pred, Consumer<String> warnings) {
        Objects.requireNonNull(warnings, "warnings");
        ClaimsReader reader = new ClaimsReader(warnings);
        List<ClaimsRecord> goldRecords = reader.read(gold, "gold");
        List<ClaimsRecord> predRecords = reader.read(pred, "pred");

        Map<String, Integer> byId = new HashMap<>();
        Map<String, Integer> byTitle = new HashMap<>();
        List<ClaimsRecord> kept = new ArrayList<>();
        for (ClaimsRecord g : goldRecords) {
            String gid = g.id().isEmpty() ? PaperIds.slug(g.title()) : g.id();
            if (gid.isEmpty()) {
                warnings.accept("gold line " + g.line() + ": no id and no title; paper skipped");
                continue;
            }
            if (byId.containsKey(gid)) {
                warnings.accept("gold line " + g.line() + ": duplicate id '" + gid + "'; paper skipped");
                continue;
            }
            byId.put(gid, kept.size());
            String t = PyText.norm(g.title());
            if (!t.isEmpty()) {
                byTitle.putIfAbsent(t, kept.size());
            }
            kept.add(g.withId(gid));
        }

        Map<Integer, ClaimsRecord> joined = new HashMap<>();
        int unknown = 0;
        for (ClaimsRecord p : predRecords) {
            Integer gi = p.id().isEmpty() ? null : byId.get(p.id());
            if (gi == null && !p.title().isEmpty()) {
                gi = byTitle.get(PyText.norm(p.title()));
            }
            if (gi == null) {
                unknown++;
                continue;
            }
            ClaimsRecord first = joined.get(gi);
            if (first != null) {
                warnings.accept("pred line " + p.line() + ": second prediction for gold paper '" + kept.get(gi).id()
                        + "' (first on line " + first.line() + "); ignored");
                continue;
            }
            joined.put(gi, p);
        }
        if (unknown > 0) {
            warnings.accept(unknown + " prediction(s) for papers not in gold were ignored");
        }

        Map<EntityField, PrecisionRecall> entities = new EnumMap<>(EntityField.class);
        Map<MatchLevel, PrecisionRecall> results = new EnumMap<>(MatchLevel.class);
        for (EntityField f : EntityField.values()) {
            entities.put(f, PrecisionRecall.ZERO);
        }
        for (MatchLevel l : MatchLevel.values()) {
            results.put(l, PrecisionRecall.ZERO);
        }
        for (int gi = 0; gi < kept.size(); gi++) {
            ClaimsRecord g = kept.get(gi);
            ClaimsRecord p = joined.get(gi);
            for (EntityField f : EntityField.values()) {
                List<String> names = p == null ? List.of() : p.names().get(f);
                entities.merge(f, matchEntities(g.entities().get(f), names), PrecisionRecall::plus);
            }
            List<ClaimsRecord.ScoredResult> predicted = p == null ? List.of() : p.results();
            for (MatchLevel l : MatchLevel.values()) {
                results.merge(l, matchResults(g.results(), predicted, l, g.groups()), PrecisionRecall::plus);
            }
        }
        return new Scores(entities, results, kept.size(), joined.size(), unknown);
    }

    static PrecisionRecall matchEntities(List<Set<String>> gold, List<String> predNames) {
        boolean[] used = new boolean[gold.size()];
        long tp = 0;
        for (String name : predNames) {
            for (int i = 0; i < gold.size(); i++) {
                if (!used[i] && gold.get(i).contains(name)) {
                    used[i] = true;
                    tp++;
                    break;
                }
            }
        }
        return new PrecisionRecall(tp, predNames.size() - tp, gold.size() - tp);
    }

    static PrecisionRecall matchResults(List<ClaimsRecord.ScoredResult> gold, List<ClaimsRecord.ScoredResult> pred,
                                        MatchLevel level, List<Set<String>> groups) {
        boolean[] matched = matchedPredictions(gold, pred, level, groups);
        long tp = 0;
        for (boolean m : matched) {
            tp += m ? 1 : 0;
        }
        return new PrecisionRecall(tp, pred.size() - tp, gold.size() - tp);
    }

    /** Which predictions score.py's one-to-one matching (closest values first) pairs with a gold result. */
    static boolean[] matchedPredictions(List<ClaimsRecord.ScoredResult> gold, List<ClaimsRecord.ScoredResult> pred,
                                        MatchLevel level, List<Set<String>> groups) {
        record Pair(double diff, int gi, int pi) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            for (int pi = 0; pi < pred.size(); pi++) {
                ClaimsRecord.ScoredResult g = gold.get(gi);
                ClaimsRecord.ScoredResult p = pred.get(pi);
                if (compatible(g, p, level, groups)) {
                    pairs.add(new Pair(Math.abs(p.value() - g.value()), gi, pi));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::diff).thenComparingInt(Pair::gi).thenComparingInt(Pair::pi));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[pred.size()];
        for (Pair pair : pairs) {
            if (!goldUsed[pair.gi()] && !predUsed[pair.pi()]) {
                goldUsed[pair.gi()] = true;
                predUsed[pair.pi()] = true;
            }
        }
        return predUsed;
    }

    static boolean valueMatch(Double pred, Double gold) {
        if (pred == null || gold == null) {
            return false;
        }
        return Math.abs(pred - gold) <= REL_TOL * Math.max(1.0, Math.abs(gold));
    }

    private static boolean compatible(ClaimsRecord.ScoredResult g, ClaimsRecord.ScoredResult p, MatchLevel level,
                                      List<Set<String>> groups) {
        if (!p.kind().equals(g.kind()) || !valueMatch(p.value(), g.value())) {
            return false;
        }
        return level.fields().stream().allMatch(f -> textMatch(g.field(f), p.field(f), groups));
    }

    static boolean textMatch(String gold, String pred, List<Set<String>> groups) {
        if (gold.isEmpty()) {
            return pred.isEmpty();
        }
        if (pred.isEmpty()) {
            return false;
        }
        if (gold.equals(pred)) {
            return true;
        }
        return groups.stream().anyMatch(g -> g.contains(gold) && g.contains(pred));
    }

}
