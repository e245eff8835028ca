package org.claimgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.ClaimGraph;
import org.claimgraph.ClaimGraphException;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.ingest.InputFormat;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.PaperReaders;
import org.claimgraph.ingest.PaperSource;
import org.claimgraph.ingest.RejectSink;
import org.claimgraph.nlp.AnalyzedText;
import org.claimgraph.nlp.OpenNlpAnalyzer;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.LoadListener;
import org.claimgraph.store.LoadSummary;

/**
 * Runs the pipeline's stages over one input in one process and times each: the OpenNLP baseline
 * (sentences, tokens and POS tags of every sentence, with the models' shipped decoding settings,
 * {@link OpenNlpAnalyzer#englishAsShipped()}), extraction alone, extraction with loading
 * into an empty TDB2 store, and the store's bulk load against TDB2's own parallel loader on the
 * same triples.
 *
 * <p>Design decision: the loader comparison loads claims kept from the first
 * {@link BenchSettings#bulkPapers()} papers of the end-to-end stage, so it measures the store and
 * not the extractor; both loaders get exactly the same quads (the N-Quads file is dumped from the
 * store the bulk load filled). Wall-clock figures depend on what else the machine runs, so the
 * report carries the load average and the ratios matter more than the absolute rates.
 */
public final class Bench {
    private static final int WARM_UP_PAPERS = 300;
    /** The loader stages take seconds, so noise from other work matters: each runs this often, the fastest counts. */
    private static final int LOADER_ROUNDS = 3;
    private final BenchSettings settings;
    private final PrintWriter log;
    private final LongAdder rejects = new LongAdder();
    private final RejectSink countRejects = r -> rejects.increment();

    private Bench(BenchSettings settings, PrintWriter log) {
        this.settings = settings;
        this.log = log;
    }

    /** Runs every stage; {@code log} gets a line as each stage starts. Temporary stores are deleted. */
    public static BenchReport run(BenchSettings settings, PrintWriter log) {
        return new Bench(settings, log).run();
    }

    private BenchReport run() {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try {
            Files.createDirectories(settings.workDir());
            ClaimGraph graph = ClaimGraph.builder().threads(settings.threads()).build();
            OpenNlpAnalyzer baseline = OpenNlpAnalyzer.englishAsShipped();
            say("warming up on " + WARM_UP_PAPERS + " papers");
            opennlp(baseline, WARM_UP_PAPERS);
            extractOnly(graph, WARM_UP_PAPERS);

            say("opennlp: sentences, tokens and POS tags of every sentence");
            Stage pos = opennlp(baseline, settings.limit());
            say("extraction alone (claims mapped to RDF, no store)");
            Stage extract = extractOnly(graph, settings.limit());
            say("extraction and load into an empty TDB2 store");
            List<PaperClaims> kept = new ArrayList<>();
            rejects.reset();
            Stage load;
            long usedHeap;
            long liveHeap;
            try (HeapPeak heap = new HeapPeak()) {
                load = extractAndLoad(graph, kept);
                usedHeap = heap.usedBytes();
                liveHeap = heap.liveBytes();
            }
            long rejected = rejects.sum();
            say("bulk load of " + kept.size() + " papers' claims, then TDB2's parallel loader on the same N-Quads,"
                    + " best of " + LOADER_ROUNDS);
            Stage bulk = null;
            Stage parallel = null;
            for (int round = 0; round < LOADER_ROUNDS; round++) {
                bulk = faster(bulk, bulkLoad(graph, kept, round == 0));
                parallel = faster(parallel, parallelLoad());
            }
            kept.clear();
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return new BenchReport(settings.threads(), Runtime.getRuntime().availableProcessors(),
                    List.of(pos, extract, load, bulk, parallel), liveHeap, usedHeap, Runtime.getRuntime().maxMemory(),
                    rejected, loadBefore, loadAfter);
        } catch (IOException e) {
            throw new ClaimGraphException("benchmark failed in " + settings.workDir() + ": " + e.getMessage(), e);
        } finally {
            deleteWork();
        }
    }

    private void say(String what) {
        log.println("bench: " + what);
        log.flush();
    }

    private PaperSource open(long limit) {
        return new LimitedSource(PaperReaders.open(settings.input(), InputFormat.AUTO, countRejects), limit);
    }

    /** The baseline: every sentence tokenised and tagged, on as many threads as the pipeline uses. */
    Stage opennlp(OpenNlpAnalyzer analyzer, long limit) {
        int threads = settings.threads();
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimgraph-bench-opennlp-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Semaphore window = new Semaphore(threads * 32);
        LongAdder sentences = new LongAdder();
        long papers = 0;
        long start = System.nanoTime();
        long cpu = cpuNanos();
        try (PaperSource source = open(limit)) {
            for (Paper next = source.read(); next != null; next = source.read()) {
                Paper p = next;
                window.acquireUninterruptibly();
                papers++;
                pool.execute(() -> {
                    try {
                        AnalyzedText text = analyzer.analyze(p);
                        sentences.add(text.sentences().size());
                    } finally {
                        window.release();
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(1, TimeUnit.DAYS)) {
                throw new ClaimGraphException("OpenNLP baseline did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClaimGraphException("interrupted during the OpenNLP baseline", e);
        } finally {
            pool.shutdownNow();
        }
        return new Stage("opennlp sentences+tokens+POS", papers, 0, System.nanoTime() - start, cpuNanos() - cpu);
    }

    private Stage extractOnly(ClaimGraph graph, long limit) {
        long start = System.nanoTime();
        long cpu = cpuNanos();
        long papers;
        try (PaperSource source = open(limit)) {
            papers = graph.writeRdf(source, countRejects, StreamRDFLib.sinkNull());
        }
        return new Stage("extract+rdf (no store)", papers, 0, System.nanoTime() - start, cpuNanos() - cpu);
    }

    private Stage extractAndLoad(ClaimGraph graph, List<PaperClaims> kept) {
        int keep = settings.bulkPapers();
        LoadListener keepFirst = (claims, soFar) -> {
            if (soFar <= keep) {
                kept.add(claims);
            }
        };
        try (ClaimStore store = ClaimStore.openTdb2(settings.workDir().resolve("e2e"));
             PaperSource source = open(settings.limit())) {
            long start = System.nanoTime();
            long cpu = cpuNanos();
            LoadSummary s = graph.load(source, countRejects, store, keepFirst);
            return new Stage("extract+load (empty store)", s.papers(), s.quads(), System.nanoTime() - start,
                    cpuNanos() - cpu);
        }
    }

    private static Stage faster(Stage best, Stage next) {
        return best == null || next.nanos() < best.nanos() ? next : best;
    }

    private Stage bulkLoad(ClaimGraph graph, List<PaperClaims> kept, boolean dump) throws IOException {
        Path nquads = settings.workDir().resolve("bulk.nq");
        deleteWork("bulk");
        try (ClaimStore store = ClaimStore.openTdb2(settings.workDir().resolve("bulk"))) {
            long start = System.nanoTime();
            long cpu = cpuNanos();
            LoadSummary s = store.bulkLoad(kept.iterator(), graph.provenance(), LoadListener.NONE);
            Stage stage = new Stage("store bulkLoad (claims)", s.papers(), s.quads(), System.nanoTime() - start,
                    cpuNanos() - cpu);
            if (!dump) {
                return stage;
            }
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
                Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, Lang.NQUADS));
            }
            return stage;
        }
    }

    private Stage parallelLoad() throws IOException {
        Path nquads = settings.workDir().resolve("bulk.nq");
        Path dir = settings.workDir().resolve("parallel");
        deleteWork("parallel");
        Files.createDirectories(dir);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.parallelLoader(dsg, (format, args) -> { });
            long start = System.nanoTime();
            long cpu = cpuNanos();
            loader.startBulk();
            try {
                RDFParser.source(nquads).lang(Lang.NQUADS).parse(loader.stream());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            long nanos = System.nanoTime() - start;
            long cpuUsed = cpuNanos() - cpu;
            long quads = Txn.calculateRead(dsg, () -> dsg.stream().count());
            return new Stage("tdb2 parallelLoader (n-quads)", 0, quads, nanos, cpuUsed);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** CPU time of this process so far, or 0 where the JVM cannot tell. */
    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private void deleteWork(String... names) {
        for (String name : names.length > 0 ? List.of(names) : List.of("e2e", "bulk", "parallel", "bulk.nq")) {
            Path p = settings.workDir().resolve(name);
            if (!Files.exists(p)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(p)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            } catch (IOException e) {
                log.println("bench: cannot delete " + p + ": " + e.getMessage());
            }
        }
    }
}
