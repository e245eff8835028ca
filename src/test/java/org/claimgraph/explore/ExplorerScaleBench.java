package org.claimgraph.explore;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Evidence;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.extract.Result;
import org.claimgraph.extract.ResultKind;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.SourcePosition;
import org.claimgraph.rdf.Provenance;
import org.claimgraph.serve.ClaimServer;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.LoadSummary;

/**
 * How fast the explorer's pages answer on a large store: a benchmark, not a test. It bulk-loads N
 * synthetic papers (through the real RDF mapping and TDB2 store) whose benchmarks follow a Zipf
 * law, so "GSM8K" is on about one paper in nine, serves them, and times every page over HTTP.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:CLASSPATH org.claimgraph.explore.ExplorerScaleBench DIR [PAPERS]}
 * (DIR must not exist or be empty; PAPERS defaults to 100000). Given an existing store (e.g. the
 * arXiv pool loaded with {@code claimgraph load}) it only times the pages, a comma-separated list
 * of which may be given as a third argument.
 */
public final class ExplorerScaleBench {
    private static final int METHODS = 20_000;
    private static final int BENCHMARKS = 3_000;
    private static final String[] METRICS = {"accuracy", "F1", "BLEU", "exact match", "pass@1", "error rate", "AUC", "mIoU"};
    private static final String[] TASKS = {"mathematical reasoning", "question answering", "image classification",
        "machine translation", "code generation", "semantic segmentation"};
    private static final String[] WORDS = ("we study large language models for reasoning and show that careful training"
            + " with preference data improves generalization across many tasks while keeping inference cost low").split(" ");

    private ExplorerScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int papers = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        if (!Files.exists(dir.resolve("Data-0001"))) {
            try (ClaimStore store = ClaimStore.openTdb2(dir)) {
                LoadSummary summary = store.bulkLoad(new Synthetic(papers),
                        new Provenance("claimgraph-bench", "0.1.0", Instant.parse("2026-01-01T00:00:00Z")),
                        (claims, soFar) -> {
                            if (soFar % 10_000 == 0) {
                                System.out.println("  loaded " + soFar);
                            }
                        });
                System.out.printf(Locale.ROOT, "loaded %,d papers, %,d claims, %,d quads in %s%n", summary.papers(),
                        summary.claims(), summary.quads(), summary.elapsed());
            }
        }
        try (ClaimStore store = ClaimStore.openTdb2(dir);
             ClaimServer server = ClaimServer.builder().dataset(store.dataset()).port(0).explorer(true).build().start()) {
            HttpClient http = HttpClient.newHttpClient();
            List<String> pages = args.length > 2 ? List.of(args[2].split(",")) : List.of("/explore/", "/explore/benchmark/gsm-8k", "/explore/benchmark/bench-b42",
                    "/explore/benchmark/gsm8k?format=csv", "/explore/paper/synthetic-00000042", "/explore/entity/method-m7",
                    "/explore/entity/gsm8k", "/explore/graph/synthetic-00000042", "/explore/graph/method-m7",
                    "/explore/graph/bench-b42", "/explore/search?q=method-m7", "/explore/search?q=GSM8K");
            System.out.println("page\tstatus\tbytes\tfirst ms\tmedian of 5 ms");
            for (String page : pages) {
                URI uri = server.baseUri().resolve(page);
                long[] times = new long[6];
                int status = 0;
                int bytes = 0;
                for (int i = 0; i < times.length; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                    times[i] = (System.nanoTime() - start) / 1_000_000;
                    status = response.statusCode();
                    bytes = response.body().length();
                }
                long[] warm = Arrays.copyOfRange(times, 1, times.length);
                Arrays.sort(warm);
                System.out.printf(Locale.ROOT, "%s\t%d\t%,d\t%d\t%d%n", page, status, bytes, times[0], warm[warm.length / 2]);
            }
        }
    }

    /** Deterministic synthetic papers; benchmark i is chosen with probability proportional to 1/(i+1). */
    private static final class Synthetic implements Iterator<PaperClaims> {
        private final int count;
        private final SplittableRandom random = new SplittableRandom(42);
        private final double[] zipf = new double[BENCHMARKS];
        private int next;

        Synthetic(int count) {
            this.count = count;
            double sum = 0;
            for (int i = 0; i < BENCHMARKS; i++) {
                sum += 1.0 / (i + 1);
                zipf[i] = sum;
            }
            for (int i = 0; i < BENCHMARKS; i++) {
                zipf[i] /= sum;
            }
        }

        @Override
        public boolean hasNext() {
            return next < count;
        }

        @Override
        public PaperClaims next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int n = next++;
            String method = "Method-M" + random.nextInt(METHODS);
            String baseline = "Method-M" + random.nextInt(METHODS);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(i % 12 == 11 ? ". " : " ");
            }
            text.append("We introduce ").append(method).append(". ");
            List<Entity> benchmarks = new ArrayList<>();
            List<Entity> metrics = new ArrayList<>();
            List<Result> results = new ArrayList<>();
            int claims = 1 + random.nextInt(3);
            for (int c = 0; c < claims; c++) {
                String benchmark = benchmark();
                String metric = METRICS[random.nextInt(METRICS.length)];
                boolean improvement = random.nextBoolean();
                BigDecimal value = BigDecimal.valueOf(random.nextInt(1000), 1);
                String sentence = improvement
                        ? method + " improves " + metric + " on " + benchmark + " by " + value + " points over " + baseline + "."
                        : method + " reaches " + value + "% " + metric + " on " + benchmark + ".";
                int start = text.length();
                text.append(sentence).append(' ');
                benchmarks.add(Entity.of(benchmark, EntityType.BENCHMARK));
                metrics.add(Entity.of(metric, EntityType.METRIC));
                results.add(new Result(method, benchmark, metric, value, improvement ? "points" : "%",
                        improvement ? ResultKind.IMPROVEMENT : ResultKind.ABSOLUTE, improvement ? baseline : null, null,
                        new Evidence(sentence, new Span(start, start + sentence.length())), 0.5 + random.nextInt(50) / 100.0));
            }
            String id = String.format(Locale.ROOT, "synthetic-%08d", n);
            Paper paper = new Paper(id, "Synthetic paper " + n + " on " + method, text.toString().strip(), List.of("A. Author"),
                    "2026-01-01", null, List.of("cs.LG"), new SourcePosition("synthetic", n + 1));
            return new PaperClaims(paper, List.of(Entity.of(method, EntityType.METHOD)),
                    List.of(Entity.of(TASKS[random.nextInt(TASKS.length)], EntityType.TASK)),
                    benchmarks.stream().distinct().toList(), metrics.stream().distinct().toList(), results);
        }

        private String benchmark() {
            double u = random.nextDouble();
            int i = Arrays.binarySearch(zipf, u);
            int index = Math.min(BENCHMARKS - 1, i >= 0 ? i : -i - 1);
            return index == 0 ? "GSM8K" : "Bench-B" + index;
        }
    }
}
