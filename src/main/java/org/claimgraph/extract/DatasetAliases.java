package org.claimgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spelling variants of dataset names ("WMT'14" = "WMT 2014" = "WMT14", "PTB" = "Penn Treebank"), read
 * from {@code data/lexicons/dataset-aliases.tsv}: one dataset a line, canonical name first, tab-separated.
 *
 * <p>Design decision: the extractor keeps the abstract's own spelling as an entity's name and adds the
 * canonical name and the other variants as aliases, so that a claim still quotes its evidence while
 * papers that write the same dataset differently meet in the graph. Immutable and thread-safe.
 */
final class DatasetAliases {
    private final Map<String, List<String>> byKey;

    private DatasetAliases(Map<String, List<String>> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** Reads {@code resource} from {@link Lexicon#FOLDER}; a line with one name only is rejected with its number. */
    static DatasetAliases load(String resource) {
        String r = Lexicon.FOLDER + resource;
        Map<String, List<String>> byKey = new HashMap<>();
        try (InputStream in = DatasetAliases.class.getResourceAsStream(r)) {
            if (in == null) {
                throw new ExtractException("alias table " + r + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> names = List.of(line.strip().split("\\s*\t\\s*"));
                if (names.size() < 2) {
                    throw new ExtractException(r + " line " + number + ": expected a canonical name and at least one"
                            + " variant separated by tabs, got \"" + line + "\"");
                }
                for (String n : names) {
                    List<String> previous = byKey.putIfAbsent(Names.key(n), names);
                    if (previous != null && previous != names) {
                        throw new ExtractException(r + " line " + number + ": \"" + n + "\" is already a variant of \""
                                + previous.get(0) + "\"");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read alias table " + r, e);
        }
        return new DatasetAliases(byKey);
    }

    /** The canonical name of the dataset {@code name} spells, if the table knows it. */
    Optional<String> canonical(String name) {
        List<String> row = byKey.get(Names.key(name));
        return row == null ? Optional.empty() : Optional.of(row.get(0));
    }

    /** Every spelling of the dataset {@code name} spells, canonical first; empty when unknown. */
    List<String> variants(String name) {
        return byKey.getOrDefault(Names.key(name), List.of());
    }
}
