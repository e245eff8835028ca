package org.claimgraph.explore;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A horizontal bar chart as inline SVG, drawn on the server so it needs no script. Bars are drawn
 * in the order given, scaled to the largest absolute value; negative values are drawn from zero
 * like positive ones and keep their sign in the label.
 */
final class BarChart {
    private static final int LABEL_WIDTH = 300;
    private static final int BAR_AREA = 380;
    private static final int VALUE_WIDTH = 90;
    private static final int ROW_HEIGHT = 24;
    private static final int MAX_LABEL = 44;

    /**
     * @param label what the bar stands for
     * @param value its length
     * @param display the value as shown (with unit)
     * @param cssClass extra class of the bar (e.g. {@code kind-improvement})
     */
    record Bar(String label, BigDecimal value, String display, String cssClass) {
        Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(display, "display");
            cssClass = cssClass == null ? "" : cssClass;
        }
    }

    private BarChart() {
    }

    static String svg(String caption, List<Bar> bars) {
        double max = bars.stream().mapToDouble(b -> Math.abs(b.value().doubleValue())).max().orElse(0);
        int width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
        int height = bars.size() * ROW_HEIGHT + 8;
        StringBuilder out = new StringBuilder(256 + bars.size() * 320);
        out.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>").append(Html.text(caption)).append("</title>");
        int y = 4;
        for (Bar bar : bars) {
            double length = max == 0 ? 0 : Math.abs(bar.value().doubleValue()) / max * (BAR_AREA - 8);
            String label = bar.label().length() > MAX_LABEL ? bar.label().substring(0, MAX_LABEL - 1) + "…" : bar.label();
            out.append("<g><title>").append(Html.text(bar.label() + ": " + bar.display())).append("</title>")
                    .append("<text class=\"bar-label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\">").append(Html.text(label)).append("</text>")
                    .append("<rect class=\"bar ").append(Html.text(bar.cssClass())).append("\" x=\"").append(LABEL_WIDTH)
                    .append("\" y=\"").append(y + 3).append("\" width=\"").append(String.format(Locale.ROOT, "%.1f", Math.max(length, 1)))
                    .append("\" height=\"").append(ROW_HEIGHT - 6).append("\" rx=\"3\"/>")
                    .append("<text class=\"bar-value\" x=\"").append(String.format(Locale.ROOT, "%.1f", LABEL_WIDTH + Math.max(length, 1) + 6))
                    .append("\" y=\"").append(y + 16).append("\">").append(Html.text(bar.display())).append("</text></g>");
            y += ROW_HEIGHT;
        }
        return out.append("</svg>").toString();
    }
}
