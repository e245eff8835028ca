package org.claimgraph.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkPageTest {
    private static Row row(String method, String value, String metric, String kind) {
        return new Row(metric.isEmpty() ? Map.of("method", method, "value", value, "kind", kind)
                : Map.of("method", method, "value", value, "metric", metric, "kind", kind));
    }

    @Test
    void bestFirstIsDescendingExceptForAbsoluteErrorLikeMetrics() {
        List<Row> rows = List.of(row("a", "3.5", "WER", "absolute"), row("b", "12", "WER", "absolute"), row("c", "7", "WER", "absolute"));
        assertEquals(List.of("a", "c", "b"), rows.stream().sorted(BenchmarkPage.bestFirst("WER", true)).map(r -> r.get("method")).toList());
        assertEquals(List.of("b", "c", "a"), rows.stream().sorted(BenchmarkPage.bestFirst("WER", false)).map(r -> r.get("method")).toList());
        assertEquals(List.of("b", "c", "a"), rows.stream().sorted(BenchmarkPage.bestFirst("answer accuracy", true)).map(r -> r.get("method")).toList());
    }

    @Test
    void metricFilterMatchesByKeyAndDashMeansNoMetric() {
        QueryRun run = new QueryRun("explore-leaderboard", Map.of(), "SELECT * {}", List.of(
                row("a", "1", "Accuracy", "absolute"), row("b", "2", "", "improvement"), row("c", "3", "F1", "absolute")));
        assertEquals(List.of("a"), BenchmarkPage.filter(run, "accuracy").stream().map(r -> r.get("method")).toList());
        assertEquals(List.of("b"), BenchmarkPage.filter(run, "-").stream().map(r -> r.get("method")).toList());
        assertEquals(3, BenchmarkPage.filter(run, "").size());
    }

    @Test
    void csvQuotesValuesAndKeepsTheColumnOrder() {
        String csv = BenchmarkPage.csv(List.of(new Row(Map.of("method", "X, \"the\" model", "value", "10.5"))));
        assertEquals(String.join(",", BenchmarkPage.CSV_COLUMNS) + "\r\n\"X, \"\"the\"\" model\",10.5,,,,,,,,,\r\n", csv);
    }

    @Test
    void valuesReadWithSignAndUnit() {
        assertEquals("+10.5%", Format.value(new Row(Map.of("value", "10.5", "unit", "%", "kind", "improvement"))));
        assertEquals("−3 points", Format.value(new Row(Map.of("value", "3", "unit", "points", "kind", "reduction"))));
        assertEquals("2.0x", Format.value(new Row(Map.of("value", "2.0", "unit", "x", "kind", "ratio"))));
        assertEquals("83.8", Format.value(new Row(Map.of("value", "83.8", "kind", "absolute"))));
    }
}
