package org.claimgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of names matched in text at word boundaries, longest first. Names written all in
 * lower case match in any case ("accuracy", "Accuracy"); names with capitals match exactly, so the
 * acronym "MAP" does not fire on the word "map".
 */
final class Lexicon {
    private final Pattern exact;
    private final Pattern folded;
    private final Set<String> exactNames = new HashSet<>();
    private final Set<String> foldedNames = new HashSet<>();

    private Lexicon(List<String> names) {
        for (String n : names) {
            if (n.equals(n.toLowerCase(Locale.ROOT))) {
                foldedNames.add(n);
            } else {
                exactNames.add(n);
            }
        }
        List<String> exactNames = new ArrayList<>();
        List<String> foldedNames = new ArrayList<>();
        for (String n : names) {
            (n.equals(n.toLowerCase(Locale.ROOT)) ? foldedNames : exactNames).add(n);
        }
        exact = alternation(exactNames, 0);
        folded = alternation(foldedNames, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** True when the whole of {@code name} is in the list. */
    boolean contains(String name) {
        return exactNames.contains(name) || foldedNames.contains(name.toLowerCase(Locale.ROOT));
    }

    static Lexicon of(List<String> names) {
        return new Lexicon(names);
    }

    /** Reads resources of this package: one name a line, '#' starts a comment line. */
    static Lexicon load(String... resources) {
        List<String> names = new ArrayList<>();
        for (String r : resources) {
            try (InputStream in = Lexicon.class.getResourceAsStream(r)) {
                if (in == null) {
                    throw new ExtractException("lexicon resource " + r + " is missing from the classpath");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    String n = line.strip();
                    if (!n.isEmpty() && !n.startsWith("#")) {
                        names.add(n);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lexicon " + r, e);
            }
        }
        return new Lexicon(names);
    }

    /** Every non-overlapping match, leftmost-longest, in text order. */
    List<Mention> find(String text, EntityType type) {
        List<Mention> out = new ArrayList<>();
        collect(exact, text, type, out);
        collect(folded, text, type, out);
        out.sort(Comparator.comparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        int end = -1;
        for (Mention m : out) {
            if (m.start() >= end) {
                kept.add(m);
                end = m.end();
            } else if (m.end() - m.start() > kept.get(kept.size() - 1).length()
                    && m.start() == kept.get(kept.size() - 1).start()) {
                kept.set(kept.size() - 1, m);
                end = m.end();
            }
        }
        return kept;
    }

    private static void collect(Pattern p, String text, EntityType type, List<Mention> out) {
        if (p == null) {
            return;
        }
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new Mention(m.group(), m.start(), m.end(), type));
        }
    }

    private static Pattern alternation(List<String> names, int flags) {
        if (names.isEmpty()) {
            return null;
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?<![\\w\\-])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(sorted.get(i)));
        }
        sb.append(")(?![\\w]|-\\w)");
        return Pattern.compile(sb.toString(), flags);
    }
}
