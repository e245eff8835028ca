package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds definitions "Long Form (LF)" with the Schwartz and Hearst (2003) algorithm: the short
 * form's characters, read right to left, must appear in order in the long form, the first one at a
 * word start, within at most {@code min(|LF| + 5, 2|LF|)} words before the parenthesis.
 */
final class AcronymFinder {
    private static final Pattern PAREN = Pattern.compile("\\(\\s*([A-Za-z][\\w\\-+.^]{0,14}?)\\s*(?:[;,][^)]*)?\\)");

    /** One definition; offsets of the long form are into the searched text. */
    record Definition(String longForm, String shortForm, int longStart, int longEnd) {
    }

    List<Definition> find(String text) {
        List<Definition> out = new ArrayList<>();
        Matcher m = PAREN.matcher(text);
        while (m.find()) {
            String sf = m.group(1);
            if (!sf.chars().anyMatch(Character::isUpperCase) || sf.length() < 2) {
                continue;
            }
            Definition d = longForm(text, m.start(), sf);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    private static Definition longForm(String text, int parenStart, String sf) {
        int end = parenStart;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        String letters = sf.replaceAll("[^A-Za-z0-9]", "");
        int maxWords = Math.min(letters.length() + 5, letters.length() * 2);
        int start = end;
        int words = 0;
        while (start > 0 && words < maxWords) {
            int p = start - 1;
            while (p >= 0 && text.charAt(p) == ' ') {
                p--;
            }
            if (p < 0) {
                break;
            }
            char c = text.charAt(p);
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '(') {
                break;
            }
            int w = p;
            while (w > 0 && text.charAt(w - 1) != ' ' && text.charAt(w - 1) != '(' && text.charAt(w - 1) != ',') {
                w--;
            }
            start = w;
            words++;
        }
        String window = text.substring(start, end);
        int best = match(window, letters);
        if (best < 0) {
            return null;
        }
        String lf = window.substring(best).strip();
        if (lf.isEmpty() || lf.equalsIgnoreCase(sf) || lf.length() <= sf.length()) {
            return null;
        }
        return new Definition(lf, sf, start + best, end);
    }

    /** Start in {@code window} of the shortest long form matching {@code sf}, or -1. */
    private static int match(String window, String sf) {
        int s = sf.length() - 1;
        int l = window.length() - 1;
        String lower = window.toLowerCase(java.util.Locale.ROOT);
        String sfl = sf.toLowerCase(java.util.Locale.ROOT);
        while (s >= 0) {
            char c = sfl.charAt(s);
            while (l >= 0 && (lower.charAt(l) != c
                    || s == 0 && l > 0 && Character.isLetterOrDigit(lower.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) {
                return -1;
            }
            l--;
            s--;
        }
        int start = l + 1;
        while (start > 0 && window.charAt(start - 1) != ' ') {
            start--;
        }
        return start;
    }
}
