package org.claimgraph.explore;

import java.math.BigDecimal;
import java.util.Locale;

/** How values read on the pages: a result's value with its sign and unit, confidences, kinds. */
final class Format {
    private Format() {
    }

    /** "+10.5%" for an improvement, "−3 points" for a reduction, "92.5%" for an absolute score. */
    static String value(Row row) {
        String value = row.get("value");
        if (value.isEmpty()) {
            return "";
        }
        BigDecimal number = row.number("value");
        String shown = number == null ? value : number.toPlainString();
        String sign = switch (row.get("kind")) {
            case "improvement" -> "+";
            case "reduction" -> "−";
            default -> "";
        };
        String unit = row.get("unit");
        if (unit.isEmpty()) {
            return sign + shown;
        }
        return sign + shown + (unit.equals("%") ? "%" : unit.length() == 1 ? unit : " " + unit);
    }

    /** A confidence in [0, 1] as two decimals, or "" when absent. */
    static String confidence(Row row) {
        BigDecimal c = row.number("confidence");
        return c == null ? "" : String.format(Locale.ROOT, "%.2f", c.doubleValue());
    }

    static String kind(String kind) {
        return kind == null || kind.isEmpty() ? "result" : kind;
    }

    /** A result kind's badge, coloured like its evidence marks. */
    static String kindBadge(String kind) {
        String k = kind(kind);
        return "<span class=\"badge kind-" + Highlighter.cssName(k) + "\">" + Html.text(k) + "</span>";
    }

    /** Whether the kind is a change against a baseline rather than a score. */
    static boolean relative(String kind) {
        return kind.equals("improvement") || kind.equals("reduction") || kind.equals("ratio");
    }
}
