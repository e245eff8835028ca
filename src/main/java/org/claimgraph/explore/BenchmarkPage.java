package org.claimgraph.explore;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimgraph.rdf.Names;

/**
 * {@code /explore/benchmark/{name}}: the leaderboard of one benchmark, absolute scores and
 * relative results (improvements, reductions, ratios) in separate tables, each with bar charts per
 * metric, best first; {@code ?metric=} filters by metric ({@code -} for results without one) and
 * {@code ?format=csv} downloads the filtered table.
 */
final class BenchmarkPage {
    /** The metric filter value for results that name no metric. */
    static final String NO_METRIC = "-";
    static final List<String> CSV_COLUMNS = List.of("method", "value", "unit", "metric", "kind", "baseline",
            "baselineValue", "paper", "title", "confidence", "evidence");
    /** The row limit of {@code explore-leaderboard.rq}. */
    static final int LEADERBOARD_LIMIT = 500;
    private static final int BARS_PER_CHART = 15;
    private static final Set<String> LOWER_IS_BETTER_KEYS = Set.of("wer", "cer", "fid", "mae", "mse", "rmse", "ppl",
            "perplexity");
    private static final List<String> LOWER_IS_BETTER_WORDS = List.of("error", "loss", "latency");

    private BenchmarkPage() {
    }

    /** The benchmark's entity rows, or an empty run when no benchmark or dataset has that name. */
    static QueryRun benchmarks(Queries queries, String name) {
        QueryRun entities = queries.run("explore-entity", Map.of("name", name));
        List<Row> benchmarks = entities.rows().stream()
                .filter(r -> r.get("types").contains("Benchmark") || r.get("types").contains("Dataset")).toList();
        return new QueryRun(entities.name(), entities.parameters(), entities.sparql(), benchmarks);
    }

    static List<Row> filter(QueryRun leaderboard, String metric) {
        if (metric == null || metric.isBlank()) {
            return leaderboard.rows();
        }
        String key = Names.key(metric);
        return leaderboard.rows().stream()
                .filter(r -> metric.strip().equals(NO_METRIC) ? !r.has("metric") : Names.key(r.get("metric")).equals(key))
                .toList();
    }

    static String csv(List<Row> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
            for (Row r : rows) {
                List<String> record = new ArrayList<>();
                CSV_COLUMNS.forEach(c -> record.add(r.get(c)));
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Page render(QueryRun entity, QueryRun leaderboard, String metric) {
        Row benchmark = entity.rows().get(0);
        String label = benchmark.get("label");
        String pageName = benchmark.get("key");
        List<Row> rows = filter(leaderboard, metric);
        Page page = new Page(label + " leaderboard").query(entity).query(leaderboard);
        page.html("<p class=\"crumbs\"><a href=\"" + Page.ROOT + "\">Explorer</a> › Benchmark</p>\n")
                .html("<h1>").text(label).html(" <span class=\"sub\">leaderboard</span></h1>\n");
        List<String> otherLabels = new ArrayList<>(List.of(benchmark.get("labels").split("\\|")));
        otherLabels.removeIf(l -> l.isEmpty() || l.equals(label));
        page.html("<p class=\"meta\">");
        if (!otherLabels.isEmpty()) {
            page.html("Also written ").text(String.join(", ", otherLabels)).html(" · ");
        }
        page.html((leaderboard.rows().size() >= LEADERBOARD_LIMIT ? "the " + LEADERBOARD_LIMIT + " largest values: " : "")
                + leaderboard.rows().size() + " results from "
                + leaderboard.rows().stream().map(r -> r.get("paper")).distinct().count() + " papers · <a href=\""
                + Html.text(Links.entity(pageName)) + "\">entity page</a> · <a href=\"" + Html.text(Links.graph(pageName))
                + "\">graph</a></p>\n");
        metricFilter(page, pageName, leaderboard, metric);
        if (leaderboard.isEmpty()) {
            return page.html("<p class=\"empty\">No result claims name this benchmark yet.</p>\n");
        }
        List<Row> absolute = rows.stream().filter(r -> !Format.relative(r.get("kind"))).toList();
        List<Row> relative = rows.stream().filter(r -> Format.relative(r.get("kind"))).toList();
        section(page, "absolute", "Absolute scores", absolute);
        section(page, "relative", "Improvements over baselines", relative);
        return page;
    }

    private static void metricFilter(Page page, String pageName, QueryRun leaderboard, String metric) {
        Map<String, String> metrics = new TreeMap<>();
        boolean unnamed = false;
        for (Row r : leaderboard.rows()) {
            if (!Names.key(r.get("metric")).isEmpty()) {
                metrics.putIfAbsent(Names.key(r.get("metric")), r.get("metric"));
            } else {
                unnamed = true;
            }
        }
        String selected = metric == null ? "" : metric.strip();
        page.html("<form class=\"filter\" method=\"get\" action=\"" + Html.text(Links.benchmark(pageName)) + "\">"
                + "<label for=\"metric\">Metric</label> <select id=\"metric\" name=\"metric\">"
                + option("", "all metrics", selected));
        for (String m : metrics.values()) {
            page.html(option(m, m, selected));
        }
        if (unnamed) {
            page.html(option(NO_METRIC, "not stated", selected));
        }
        String csvLink = Links.benchmark(pageName) + "?format=csv"
                + (selected.isEmpty() ? "" : "&metric=" + Html.queryValue(selected));
        page.html("</select> <button type=\"submit\">Filter</button> <a class=\"button\" id=\"csv\" href=\""
                + Html.text(csvLink) + "\" download>Download CSV</a></form>\n");
    }

    private static String option(String value, String label, String selected) {
        boolean isSelected = value.isEmpty() ? selected.isEmpty()
                : value.equals(NO_METRIC) ? selected.equals(NO_METRIC) : Names.key(value).equals(Names.key(selected));
        return "<option value=\"" + Html.text(value) + "\"" + (isSelected ? " selected" : "") + ">" + Html.text(label)
                + "</option>";
    }

    private static void section(Page page, String id, String heading, List<Row> rows) {
        page.html("<section id=\"" + id + "\"><h2>" + heading + " <span class=\"count\">" + rows.size() + "</span></h2>\n");
        if (rows.isEmpty()) {
            page.html("<p class=\"empty\">None.</p></section>\n");
            return;
        }
        Map<String, List<Row>> byMetric = new LinkedHashMap<>();
        for (Row r : rows) {
            byMetric.computeIfAbsent(Names.key(r.get("metric")), k -> new ArrayList<>()).add(r);
        }
        page.html("<div class=\"charts\">");
        for (Map.Entry<String, List<Row>> metric : byMetric.entrySet()) {
            String name = metric.getValue().get(0).get("metric");
            List<Row> best = metric.getValue().stream().filter(r -> r.number("value") != null)
                    .sorted(bestFirst(name, id.equals("absolute"))).limit(BARS_PER_CHART).toList();
            if (best.isEmpty()) {
                continue;
            }
            String caption = metric.getKey().isEmpty() ? "metric not stated" : name;
            List<BarChart.Bar> bars = best.stream().map(r -> new BarChart.Bar(barLabel(r), r.number("value"),
                    Format.value(r), "kind-" + Highlighter.cssName(Format.kind(r.get("kind"))))).toList();
            page.html("<figure><figcaption>").text(caption).html("</figcaption>")
                    .html(BarChart.svg(heading + ", " + caption, bars)).html("</figure>");
        }
        page.html("</div>\n<table class=\"data leaderboard\" id=\"table-" + id + "\"><thead><tr><th class=\"num\">#</th>"
                + "<th>Method</th><th class=\"num\">Value</th><th>Metric</th><th>Kind</th><th>Baseline</th>"
                + "<th>Paper</th><th class=\"num\">Confidence</th></tr></thead><tbody>\n");
        int n = 0;
        for (Row r : rows) {
            n++;
            String baseline = r.get("baseline") + (r.has("baselineValue") ? " (" + r.get("baselineValue") + ")" : "");
            page.html("<tr><td class=\"num\">" + n + "</td><td>" + entityLink(r.get("method")) + "</td><td class=\"num value\">"
                    + Html.text(Format.value(r)) + "</td><td>" + Html.text(r.get("metric")) + "</td><td>"
                    + Format.kindBadge(r.get("kind")) + "</td><td>" + (r.has("baseline")
                            ? "<a href=\"" + Html.text(Links.entity(r.get("baseline"))) + "\">" + Html.text(baseline) + "</a>" : "")
                    + "</td><td><a href=\"" + Html.text(Links.paper(r.get("paper"))) + "\" title=\"" + Html.text(r.get("evidence"))
                    + "\">" + Html.text(r.has("title") ? r.get("title") : r.get("paper")) + "</a></td><td class=\"num\">"
                    + Html.text(Format.confidence(r)) + "</td></tr>\n");
        }
        page.html("</tbody></table></section>\n");
    }

    private static String entityLink(String name) {
        return name.isEmpty() ? "<span class=\"none\">not stated</span>"
                : "<a href=\"" + Html.text(Links.entity(name)) + "\">" + Html.text(name) + "</a>";
    }

    private static String barLabel(Row r) {
        return r.has("method") ? r.get("method") : r.has("title") ? r.get("title") : r.get("paper");
    }

    /** Largest first, except absolute scores of a metric where lower is better (error, loss, perplexity ...). */
    static Comparator<Row> bestFirst(String metric, boolean absolute) {
        Comparator<Row> ascending = Comparator.comparing((Row r) -> r.number("value"), Comparator.nullsLast(BigDecimal::compareTo));
        String key = Names.key(metric);
        boolean lowerIsBetter = absolute
                && (LOWER_IS_BETTER_KEYS.contains(key) || LOWER_IS_BETTER_WORDS.stream().anyMatch(key::contains));
        return lowerIsBetter ? ascending : ascending.reversed();
    }
}
