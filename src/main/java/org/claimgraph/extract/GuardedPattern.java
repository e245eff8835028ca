package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern behind a cheap necessary condition: text that lacks every one of the pattern's
 * literal cue words (or a digit, where the pattern needs a number) cannot match, so the regular
 * expression never runs on it.
 *
 * <p>Design decision: {@code java.util.regex} tries a match at every position of the text and
 * has no first-character shortcut for alternations or case-insensitive patterns, so a pattern
 * like {@code \b(two|three|...)\s+times\b} costs a probe at every character of every sentence;
 * {@link String#contains} is a vectorised intrinsic. The guard only skips text the pattern could
 * not match, so matches are exactly the pattern's own.
 */
final class GuardedPattern {
    private final Pattern pattern;
    private final boolean needsDigit;
    private final List<String> cues;
    private final boolean digitSuffices;

    private GuardedPattern(Pattern pattern, boolean needsDigit, List<String> cues, boolean digitSuffices) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.needsDigit = needsDigit;
        this.cues = cues.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        this.digitSuffices = digitSuffices;
    }

    /** Text must contain one of {@code cues} (compared in lower case) to be searched. */
    static GuardedPattern anyOf(Pattern pattern, String... cues) {
        if (cues.length == 0) {
            throw new IllegalArgumentException("a guard needs at least one cue");
        }
        return new GuardedPattern(pattern, false, List.of(cues), false);
    }

    /** Text must contain a digit and, if any {@code cues} are given, one of them. */
    static GuardedPattern digitAnd(Pattern pattern, String... cues) {
        return new GuardedPattern(pattern, true, List.of(cues), false);
    }

    /** Text must contain a digit or one of {@code cues}. */
    static GuardedPattern digitOr(Pattern pattern, String... cues) {
        return new GuardedPattern(pattern, false, List.of(cues), true);
    }

    /** A matcher over {@code text}, or over the empty string when the guard rules a match out. */
    Matcher matcher(String text) {
        return pattern.matcher(mayMatch(text) ? text : "");
    }

    boolean mayMatch(String text) {
        if (digitSuffices && hasDigit(text)) {
            return true;
        }
        if (needsDigit && !hasDigit(text)) {
            return false;
        }
        if (cues.isEmpty()) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String cue : cues) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The pattern's flags (its {@link #toString()} is the pattern's source). */
    int flags() {
        return pattern.flags();
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
