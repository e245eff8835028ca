package org.claimgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A list of names matched in text at word boundaries, leftmost-longest. Names written all in
 * lower case match in any case ("accuracy", "Accuracy"); names with capitals match exactly, so the
 * acronym "MAP" does not fire on the word "map".
 *
 * <p>Design decision: names are indexed by their first two characters (lower-cased) and tried only
 * at word starts, instead of one large regex alternation, which was the extractor's hot spot.
 */
final class Lexicon {
    private final Map<String, List<String>> byPrefix = new HashMap<>();
    private final Set<String> exactNames = new HashSet<>();
    private final Set<String> foldedNames = new HashSet<>();

    private Lexicon(List<String> names) {
        for (String n : names) {
            if (n.length() < 2) {
                continue;
            }
            boolean folded = n.equals(n.toLowerCase(Locale.ROOT));
            if (!(folded ? foldedNames : exactNames).add(n)) {
                continue;
            }
            byPrefix.computeIfAbsent(prefix(n, 0), k -> new ArrayList<>()).add(n);
        }
        for (List<String> list : byPrefix.values()) {
            list.sort(Comparator.comparingInt(String::length).reversed());
        }
    }

    static Lexicon of(List<String> names) {
        return new Lexicon(names);
    }

    /** Where the lexicons sit on the classpath: the project's {@code data/lexicons/} folder, shipped in the jar. */
    static final String FOLDER = "/data/lexicons/";

    /** Reads lexicons of {@link #FOLDER}: one name a line, '#' starts a comment line. */
    static Lexicon load(String... resources) {
        List<String> names = new ArrayList<>();
        for (String resource : resources) {
            String r = FOLDER + resource;
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

    /** True when the whole of {@code name} is in the list. */
    boolean contains(String name) {
        return exactNames.contains(name) || foldedNames.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Every non-overlapping match, leftmost-longest, in text order. */
    List<Mention> find(String text, EntityType type) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < text.length() - 1) {
            if (!wordStart(text, i)) {
                i++;
                continue;
            }
            String match = longestAt(text, i);
            if (match != null) {
                out.add(new Mention(text.substring(i, i + match.length()), i, i + match.length(), type));
                i += match.length();
            } else {
                i++;
            }
        }
        return out;
    }

    private String longestAt(String text, int at) {
        List<String> candidates = byPrefix.get(prefix(text, at));
        if (candidates == null) {
            return null;
        }
        for (String n : candidates) {
            boolean folded = foldedNames.contains(n);
            int end = at + n.length();
            if (end <= text.length() && text.regionMatches(folded, at, n, 0, n.length()) && wordEnd(text, end)) {
                return n;
            }
        }
        return null;
    }

    private static String prefix(String s, int at) {
        return s.substring(at, Math.min(s.length(), at + 2)).toLowerCase(Locale.ROOT);
    }

    private static boolean wordStart(String text, int i) {
        if (!Character.isLetterOrDigit(text.charAt(i))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char b = text.charAt(i - 1);
        return !Character.isLetterOrDigit(b) && b != '_' && b != '-';
    }

    private static boolean wordEnd(String text, int end) {
        if (end == text.length()) {
            return true;
        }
        char a = text.charAt(end);
        if (Character.isLetterOrDigit(a) || a == '_') {
            return false;
        }
        return !(a == '-' && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1)));
    }
}
