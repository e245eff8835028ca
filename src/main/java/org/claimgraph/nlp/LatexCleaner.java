package org.claimgraph.nlp;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Removes the LaTeX leftovers that arXiv abstracts carry ({@code 4.54\%}, {@code $\epsilon$},
 * {@code \textbf{x}}, {@code --}) so that the tokenizer and the rules see plain text, and records
 * for every kept character where it stood in the original.
 *
 * <p>Design decision: symbols are replaced by one Unicode character ({@code \times} by
 * {@code ×}) rather than a word, so that a replacement never stretches the offset map and every
 * cleaned character maps to the start of its source. A {@code ~} glued to the word before it is LaTeX's non-breaking space
 * ({@code Fig.~3}) and becomes a space; after a space it means "about" ({@code ~2%}) and is kept.
 * Instances are stateless and thread-safe.
 */
public final class LatexCleaner {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"),
            Map.entry("delta", "δ"), Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"),
            Map.entry("zeta", "ζ"), Map.entry("eta", "η"), Map.entry("theta", "θ"),
            Map.entry("kappa", "κ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"),
            Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("pi", "π"), Map.entry("rho", "ρ"),
            Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("phi", "φ"),
            Map.entry("varphi", "φ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"),
            Map.entry("omega", "ω"), Map.entry("Delta", "Δ"), Map.entry("Sigma", "Σ"),
            Map.entry("Omega", "Ω"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"),
            Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Gamma", "Γ"), Map.entry("Pi", "Π"),
            Map.entry("times", "×"), Map.entry("sim", "~"), Map.entry("approx", "≈"),
            Map.entry("pm", "±"), Map.entry("le", "≤"), Map.entry("leq", "≤"), Map.entry("geq", "≥"),
            Map.entry("ge", "≥"), Map.entry("neq", "≠"), Map.entry("rightarrow", "→"),
            Map.entry("to", "→"), Map.entry("leftarrow", "←"), Map.entry("Rightarrow", "⇒"),
            Map.entry("uparrow", "↑"), Map.entry("downarrow", "↓"), Map.entry("cdot", "·"),
            Map.entry("infty", "∞"), Map.entry("%", "%"), Map.entry("_", "_"), Map.entry("&", "&"),
            Map.entry("$", "$"), Map.entry("#", "#"), Map.entry("{", "{"), Map.entry("}", "}"),
            Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("cdots", "…"));
    /** Commands whose braced argument is kept and whose name and braces are dropped. */
    private static final Set<String> WRAPPERS = Set.of("textbf", "textit", "emph", "texttt", "textsc",
            "text", "mathbf", "mathrm", "mathit", "mathcal", "mathbb", "mathsf", "mathtt", "boldsymbol",
            "operatorname", "textrm", "textsf", "underline", "bm", "mbox", "url", "href");
    /** Bare word leftovers of arrows whose backslash was lost. */
    private static final Map<String, String> BARE_ARROWS = Map.of(
            "rightarrow", "→", "leftarrow", "←", "uparrow", "↑", "downarrow", "↓");

    public CleanText clean(String original) {
        Builder out = new Builder(original.length());
        int n = original.length();
        boolean inMath = false;
        int i = 0;
        while (i < n) {
            char c = original.charAt(i);
            if (c == '\\' && i + 1 < n) {
                i = command(original, i, out);
            } else if (c == '$') {
                inMath = !inMath;
                i++;
            } else if (inMath && (c == '{' || c == '}')) {
                i++;
            } else if (c == '~') {
                boolean between = i > 0 && i + 1 < n && !Character.isWhitespace(original.charAt(i - 1))
                        && original.charAt(i - 1) != '(' && Character.isLetterOrDigit(original.charAt(i + 1));
                out.add(between ? ' ' : '~', i);
                i++;
            } else if (c == '-' && i + 1 < n && original.charAt(i + 1) == '-') {
                int end = i + 2;
                if (end < n && original.charAt(end) == '-') {
                    end++;
                }
                out.add(end - i == 3 ? '—' : '–', i);
                i = end;
            } else if (c == '*' && emphasis(original, i)) {
                i += i + 1 < n && original.charAt(i + 1) == '*' ? 2 : 1;
            } else if (c == 'r' || c == 'l' || c == 'u' || c == 'd') {
                i = bareArrow(original, i, out);
            } else {
                out.add(c, i);
                i++;
            }
        }
        return out.build(original);
    }

    /** Markdown emphasis: "**" anywhere, or "*" opening before a word or closing after one. */
    private static boolean emphasis(String s, int i) {
        if (i + 1 < s.length() && s.charAt(i + 1) == '*') {
            return true;
        }
        boolean opens = (i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '(')
                && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
        boolean closes = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))
                && (i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)));
        return opens || closes;
    }

    private static int bareArrow(String s, int i, Builder out) {
        if (i == 0 || !Character.isLetter(s.charAt(i - 1))) {
            for (Map.Entry<String, String> e : BARE_ARROWS.entrySet()) {
                String w = e.getKey();
                int end = i + w.length();
                if (s.startsWith(w, i) && (end == s.length() || !Character.isLetter(s.charAt(end)))) {
                    out.add(e.getValue().charAt(0), i);
                    return end;
                }
            }
        }
        out.add(s.charAt(i), i);
        return i + 1;
    }

    /** Handles a backslash at {@code i}; returns the index after what was consumed. */
    private static int command(String s, int i, Builder out) {
        int n = s.length();
        char next = s.charAt(i + 1);
        if (!Character.isLetter(next)) {
            String sym = SYMBOLS.get(String.valueOf(next));
            if (sym != null) {
                out.add(sym.charAt(0), i);
            } else if (next == '\\' || next == ',' || next == ';' || next == ' ' || next == '!') {
                out.add(' ', i);
            } else {
                out.add(next, i + 1);
            }
            return i + 2;
        }
        int end = i + 1;
        while (end < n && Character.isLetter(s.charAt(end))) {
            end++;
        }
        String name = s.substring(i + 1, end);
        if (WRAPPERS.contains(name)) {
            int j = end;
            if (j < n && s.charAt(j) == '{') {
                int close = matchingBrace(s, j);
                if (close > j) {
                    for (int k = j + 1; k < close; k++) {
                        char c = s.charAt(k);
                        if (c == '\\' && k + 1 < close) {
                            k = command(s, k, out) - 1;
                        } else if (c != '{' && c != '}' && c != '$') {
                            out.add(c, k);
                        }
                    }
                    return close + 1;
                }
            }
            return end;
        }
        String sym = SYMBOLS.get(name);
        if (sym != null) {
            out.add(sym.charAt(0), i);
        } else {
            for (int k = i + 1; k < end; k++) {
                out.add(s.charAt(k), k);
            }
        }
        return end;
    }

    private static int matchingBrace(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    private static final class Builder {
        private final StringBuilder text;
        private int[] map;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            map = new int[capacity + 1];
        }

        void add(char c, int originalOffset) {
            if (text.length() + 1 >= map.length) {
                map = Arrays.copyOf(map, map.length * 2 + 2);
            }
            map[text.length()] = originalOffset;
            text.append(c);
        }

        CleanText build(String original) {
            int[] exact = Arrays.copyOf(map, text.length() + 1);
            exact[text.length()] = original.length();
            return new CleanText(text.toString(), original, exact);
        }
    }
}
