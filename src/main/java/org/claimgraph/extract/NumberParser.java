package org.claimgraph.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers abstracts write, in digits or words: {@code 4.54%}, {@code +10.5%},
 * {@code 1,024}, {@code 3x}, {@code 100×}, {@code eight-fold}, {@code twofold}, {@code doubles},
 * {@code twice}. Stateless.
 */
public final class NumberParser {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("hundred", 100), Map.entry("thousand", 1000));
    private static final Map<String, Integer> MULTIPLY_VERBS = Map.of(
            "doubl", 2, "tripl", 3, "quadrupl", 4, "twice", 2, "thrice", 3);
    private static final Pattern DIGITS = Pattern.compile(
            "([+\\-−±])?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(%|x|×|X|-?fold)?");
    private static final Pattern WORD_FOLD = Pattern.compile("([a-z]+)[- ]?fold");

    private NumberParser() {
    }

    /** A parsed number: the value as written, a unit ("%", "x" or null) and whether a sign was written. */
    public record Parsed(BigDecimal value, String unit, char sign) {
    }

    /** Parses one whole surface form, or empty when it is not a number this parser knows. */
    public static Optional<Parsed> parse(String surface) {
        String s = surface.strip();
        Matcher m = DIGITS.matcher(s);
        if (m.matches()) {
            BigDecimal v = new BigDecimal(m.group(2).replace(",", ""));
            char sign = m.group(1) == null ? 0 : m.group(1).charAt(0);
            if (sign == '−') {
                sign = '-';
            }
            return Optional.of(new Parsed(v, unitOf(m.group(3)), sign));
        }
        String lower = s.toLowerCase(Locale.ROOT);
        Matcher f = WORD_FOLD.matcher(lower);
        if (f.matches()) {
            return word(f.group(1)).map(v -> new Parsed(v, "x", (char) 0));
        }
        Optional<BigDecimal> factor = multiplier(lower);
        if (factor.isPresent()) {
            return Optional.of(new Parsed(factor.get(), "x", (char) 0));
        }
        return word(lower).map(v -> new Parsed(v, null, (char) 0));
    }

    /** The value of an English number word ("eight" is 8), or empty. */
    public static Optional<BigDecimal> word(String w) {
        Integer v = WORDS.get(w.toLowerCase(Locale.ROOT));
        return v == null ? Optional.empty() : Optional.of(BigDecimal.valueOf(v));
    }

    /** The factor of a multiplying verb or adverb ("doubles" is 2, "triples" 3, "twice" 2), or empty. */
    public static Optional<BigDecimal> multiplier(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Integer> e : MULTIPLY_VERBS.entrySet()) {
            String stem = e.getKey();
            if (lower.equals(stem) || lower.startsWith(stem) && lower.length() <= stem.length() + 3
                    && lower.substring(stem.length()).matches("e|es|ed|ing")) {
                return Optional.of(BigDecimal.valueOf(e.getValue()));
            }
        }
        return Optional.empty();
    }

    static String unitOf(String suffix) {
        if (suffix == null) {
            return null;
        }
        return suffix.equals("%") ? "%" : "x";
    }
}
