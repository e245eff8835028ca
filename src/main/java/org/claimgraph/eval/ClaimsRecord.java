package org.claimgraph.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line of a claims file reduced to what scoring needs, every name already normalised.
 *
 * @param entities per field, each gold entity as the set of its normalised name and aliases
 * @param names per field, the distinct normalised names (aliases not included) as a prediction lists them
 * @param groups the alias sets with more than one member, over all fields: names in one group denote one entity
 */
record ClaimsRecord(long line, String id, String title, Map<EntityField, List<Set<String>>> entities,
                    Map<EntityField, List<String>> names, List<ScoredResult> results, List<Set<String>> groups) {
    ClaimsRecord {
        entities = new EnumMap<>(entities);
        names = new EnumMap<>(names);
        results = List.copyOf(results);
        groups = List.copyOf(groups);
    }

    ClaimsRecord withId(String newId) {
        return new ClaimsRecord(line, newId, title, entities, names, results, groups);
    }

    /** A result with its value as a number (null when unusable) and its text fields normalised ("" for null). */
    record ScoredResult(Double value, String kind, String benchmark, String metric, String method, String baseline) {
        String field(MatchLevel.ResultField f) {
            return switch (f) {
                case BENCHMARK -> benchmark;
                case METRIC -> metric;
                case METHOD -> method;
                case BASELINE -> baseline;
            };
        }
    }
}
