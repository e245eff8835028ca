package org.claimgraph.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of scoring predictions against gold: per entity field and per result level the
 * match counts with P/R/F1, and how many papers were in gold, matched, or unknown to gold.
 * {@link #toTable()} and {@link #toJson()} print exactly what score.py prints.
 */
public record Scores(Map<EntityField, PrecisionRecall> entities, Map<MatchLevel, PrecisionRecall> results,
                     int goldPapers, int matchedPapers, int unknownPredictions) {
    public Scores {
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(results, "results");
        for (EntityField f : EntityField.values()) {
            Objects.requireNonNull(entities.get(f), () -> "no score for entity field " + f.label());
        }
        for (MatchLevel l : MatchLevel.values()) {
            Objects.requireNonNull(results.get(l), () -> "no score for result level " + l.label());
        }
        if (goldPapers < 0 || matchedPapers < 0 || unknownPredictions < 0 || matchedPapers > goldPapers) {
            throw new IllegalArgumentException("impossible paper counts: gold " + goldPapers + ", matched "
                    + matchedPapers + ", unknown " + unknownPredictions);
        }
        entities = Collections.unmodifiableMap(new EnumMap<>(entities));
        results = Collections.unmodifiableMap(new EnumMap<>(results));
    }

    public PrecisionRecall entity(EntityField field) {
        return entities.get(field);
    }

    public PrecisionRecall result(MatchLevel level) {
        return results.get(level);
    }

    /** The table score.py prints by default, ending with a newline. */
    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append("papers: gold ").append(goldPapers).append(", matched ").append(matchedPapers);
        if (unknownPredictions != 0) {
            b.append(", unknown predictions ignored ").append(unknownPredictions);
        }
        b.append("\n\n");
        block(b, "entities");
        for (EntityField f : EntityField.values()) {
            row(b, f.label(), entities.get(f));
        }
        b.append('\n');
        block(b, "results");
        for (MatchLevel l : MatchLevel.values()) {
            row(b, l.label(), results.get(l));
        }
        return b.toString();
    }

    private static void block(StringBuilder b, String title) {
        b.append(String.format(Locale.ROOT, "%-22s%8s%8s%8s%7s%7s%7s", title, "P", "R", "F1", "TP", "FP", "FN")).append('\n');
    }

    private static void row(StringBuilder b, String name, PrecisionRecall m) {
        b.append(String.format(Locale.ROOT, "  %-20s%8s%8s%8s%7d%7d%7d", name,
                PyText.fixed3(m.p()), PyText.fixed3(m.r()), PyText.fixed3(m.f1()), m.tp(), m.fp(), m.fn()))
                .append('\n');
    }

    /** The JSON score.py prints with {@code --json} (Python's {@code json.dumps(..., indent=2)}), without a final newline. */
    public String toJson() {
        StringBuilder b = new StringBuilder("{\n  \"entities\": {\n");
        EntityField[] fields = EntityField.values();
        for (int i = 0; i < fields.length; i++) {
            json(b, fields[i].label(), entities.get(fields[i]), i == fields.length - 1);
        }
        b.append("  },\n  \"results\": {\n");
        MatchLevel[] levels = MatchLevel.values();
        for (int i = 0; i < levels.length; i++) {
            json(b, levels[i].label(), results.get(levels[i]), i == levels.length - 1);
        }
        b.append("  },\n  \"papers\": {\n")
                .append("    \"gold\": ").append(goldPapers).append(",\n")
                .append("    \"matched\": ").append(matchedPapers).append(",\n")
                .append("    \"unknown_predictions\": ").append(unknownPredictions).append('\n')
                .append("  }\n}");
        return b.toString();
    }

    private static void json(StringBuilder b, String name, PrecisionRecall m, boolean last) {
        b.append("    \"").append(name).append("\": {\n")
                .append("      \"p\": ").append(PyText.floatRepr(m.p())).append(",\n")
                .append("      \"r\": ").append(PyText.floatRepr(m.r())).append(",\n")
                .append("      \"f1\": ").append(PyText.floatRepr(m.f1())).append(",\n")
                .append("      \"tp\": ").append(m.tp()).append(",\n")
                .append("      \"fp\": ").append(m.fp()).append(",\n")
                .append("      \"fn\": ").append(m.fn()).append('\n')
                .append("    }").append(last ? "\n" : ",\n");
    }
}
