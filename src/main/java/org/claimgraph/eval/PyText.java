package org.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few Python behaviours score.py relies on, reproduced so that the Java scorer gives the same
 * numbers: {@code norm}, {@code slug}, {@code to_number}, {@code str()} of JSON values, float
 * {@code repr}, and {@code str.isspace}/{@code strip}.
 *
 * <p>Design decision: {@code norm} of a non-string calls Python's {@code str()}, whose letters and
 * digits survive normalisation ({@code ["a", 1]} becomes {@code "a1"}), so even that path is
 * reproduced rather than approximated.
 */
final class PyText {
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?",
            Pattern.UNICODE_CHARACTER_CLASS);

    private PyText() {
    }

    /** score.py {@code norm}: lowercase and keep only a-z0-9; null gives "". */
    static String norm(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        return norm(v.isTextual() ? v.textValue() : str(v));
    }

    static String norm(String s) {
        return s == null ? "" : NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** score.py {@code _text}: normalised text of a result field; null, boolean, list, object give "". */
    static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isBoolean()) {
            return "";
        }
        if (v.isNumber() || v.isTextual()) {
            return norm(v);
        }
        return "";
    }

    /** score.py {@code to_number}: a finite double, or null; numeric strings such as "4.29%" count. */
    static Double toNumber(JsonNode v) {
        if (v == null || v.isNull() || v.isBoolean()) {
            return null;
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            return Double.isFinite(d) ? d : null;
        }
        if (v.isTextual()) {
            Matcher m = NUMBER.matcher(v.textValue().replace(",", ""));
            if (m.find()) {
                double d = Double.parseDouble(asciiDigits(m.group()));
                return Double.isFinite(d) ? d : null;
            }
        }
        return null;
    }

    private static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isDigit(c)) {
                b.append((char) ('0' + Character.digit(c, 10)));
            } else {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    /** Python {@code str()} of a value read by {@code json.loads}. */
    static String str(JsonNode v) {
        if (v.isTextual()) {
            return v.textValue();
        }
        StringBuilder b = new StringBuilder();
        repr(v, b);
        return b.toString();
    }

    private static void repr(JsonNode v, StringBuilder b) {
        if (v == null || v.isNull()) {
            b.append("None");
        } else if (v.isBoolean()) {
            b.append(v.booleanValue() ? "True" : "False");
        } else if (v.isIntegralNumber()) {
            b.append(v.bigIntegerValue().toString());
        } else if (v.isNumber()) {
            b.append(floatRepr(v.doubleValue()));
        } else if (v.isTextual()) {
            stringRepr(v.textValue(), b);
        } else if (v.isArray()) {
            b.append('[');
            for (int i = 0; i < v.size(); i++) {
                b.append(i > 0 ? ", " : "");
                repr(v.get(i), b);
            }
            b.append(']');
        } else {
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                b.append(first ? "" : ", ");
                first = false;
                stringRepr(e.getKey(), b);
                b.append(": ");
                repr(e.getValue(), b);
            }
            b.append('}');
        }
    }

    private static void stringRepr(String s, StringBuilder b) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        b.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (!printable(c)) {
                b.append(c < 0x100 ? String.format(Locale.ROOT, "\\x%02x", c)
                        : c < 0x10000 ? String.format(Locale.ROOT, "\\u%04x", c) : String.format(Locale.ROOT, "\\U%08x", c));
            } else {
                b.appendCodePoint(c);
            }
        }
        b.append(quote);
    }

    private static boolean printable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** Python {@code repr(float)}: the shortest round-tripping digits, scientific below 1e-4 and from 1e16. */
    static String floatRepr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal shortest = exact;
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal r = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == x) {
                shortest = r;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int decpt = digits.length() - shortest.scale();
        StringBuilder b = new StringBuilder(x < 0 ? "-" : "");
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                b.append("0.").append("0".repeat(-decpt)).append(digits);
            } else if (decpt >= digits.length()) {
                b.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
            } else {
                b.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            b.append(digits.charAt(0));
            if (digits.length() > 1) {
                b.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            b.append('e').append(exp < 0 ? '-' : '+').append(String.format(Locale.ROOT, "%02d", Math.abs(exp)));
        }
        return b.toString();
    }

    /** Python {@code str.isspace} for one character. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** Python {@code str.strip()}. */
    static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    /** Python {@code str.format(x, ".3f")}: rounds the exact binary value half-to-even like Python. */
    static String fixed3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
