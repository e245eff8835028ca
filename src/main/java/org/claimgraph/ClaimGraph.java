package org.claimgraph;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimgraph.extract.ClaimExtractor;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.extract.RuleBasedExtractor;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.PaperSource;
import org.claimgraph.ingest.Reject;
import org.claimgraph.ingest.RejectSink;
import org.claimgraph.nlp.OpenNlpAnalyzer;
import org.claimgraph.nlp.TextAnalyzer;
import org.claimgraph.rdf.ClaimsRdfMapper;
import org.claimgraph.rdf.Provenance;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.LoadListener;
import org.claimgraph.store.LoadSummary;
import org.apache.jena.riot.system.StreamRDF;

/**
 * The pipeline facade: ingest -> nlp -> extract -> rdf -> store, streaming. Commands and tests
 * call this instead of wiring the stages themselves.
 *
 * <p>Extraction runs on a small worker pool with a bounded window of papers in flight, and yields
 * claims in input order, so output is deterministic whatever the thread count and memory does not
 * grow with the corpus.
 */
public final class ClaimGraph {
    private final TextAnalyzer analyzer;
    private final ClaimExtractor extractor;
    private final ClaimsRdfMapper mapper;
    private final int threads;

    private ClaimGraph(Builder b) {
        this.analyzer = Objects.requireNonNull(b.analyzer, "analyzer");
        this.extractor = Objects.requireNonNull(b.extractor, "extractor");
        this.mapper = Objects.requireNonNull(b.mapper, "mapper");
        this.threads = b.threads;
    }

    /** OpenNLP English models with the rule-based extractor: the standard configuration. */
    public static ClaimGraph standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public ClaimExtractor extractor() {
        return extractor;
    }

    /** Provenance of a run of this pipeline's extractor ending now. */
    public Provenance provenance() {
        return new Provenance(extractor.name(), extractor.version(), Instant.now());
    }

    /**
     * Reads, extracts and loads every paper of {@code source} into {@code store}, streaming.
     * Unusable records and failed extractions go to {@code rejects}. An empty store is filled by
     * TDB2's bulk loader in one transaction ({@link ClaimStore#bulkLoad}); a store with data gets
     * batched transactions that replace each paper's graph ({@link ClaimStore#load}). Either way
     * an interrupted load leaves a consistent store and running it again gives the full result.
     */
    public LoadSummary load(PaperSource source, RejectSink rejects, ClaimStore store, LoadListener listener) {
        return load(source, rejects, store, listener, Gate.OPEN);
    }

    /**
     * As {@link #load(PaperSource, RejectSink, ClaimStore, LoadListener)}, with the claims passed
     * through {@code gate} on their way to the store.
     */
    public LoadSummary load(PaperSource source, RejectSink rejects, ClaimStore store, LoadListener listener, Gate gate) {
        Provenance provenance = provenance();
        try (ClaimStream claims = extractAll(source, rejects)) {
            Iterator<PaperClaims> gated = gate.filter(claims, provenance, rejects);
            return store.isEmpty() ? store.bulkLoad(gated, provenance, listener)
                    : store.load(gated, provenance, listener);
        }
    }

    /**
     * A check between extraction and the store, outside the store's transactions: it passes each
     * paper's claims on, or reports the paper to the rejects and drops it ({@code load --validate}).
     */
    @FunctionalInterface
    public interface Gate {
        /** Passes every paper on, untouched. */
        Gate OPEN = (claims, provenance, rejects) -> claims;

        /** The claims to store; {@code provenance} is the one the store will record. */
        Iterator<PaperClaims> filter(Iterator<PaperClaims> claims, Provenance provenance, RejectSink rejects);
    }

    /**
     * Reads and extracts every paper of {@code source} and pushes its quads (one named graph per
     * paper) into {@code out}, between {@code start()} and {@code finish()}; prefixes are the
     * stream's business. Returns the papers written.
     */
    public long writeRdf(PaperSource source, RejectSink rejects, StreamRDF out) {
        Provenance provenance = provenance();
        long papers = 0;
        out.start();
        try (ClaimStream claims = extractAll(source, rejects)) {
            while (claims.hasNext()) {
                mapper.write(claims.next(), provenance, out);
                papers++;
            }
        }
        out.finish();
        return papers;
    }

    /** Claims of one paper, on the calling thread. */
    public PaperClaims extract(Paper paper) {
        return extractor.extract(analyzer.analyze(paper));
    }

    /**
     * Claims of every paper the source yields, in source order. A paper whose extraction fails is
     * reported to {@code rejects} with its position and skipped. The caller closes the source; the
     * returned stream must be closed to stop its workers.
     */
    public ClaimStream extractAll(PaperSource source, RejectSink rejects) {
        return new ClaimStream(source, rejects);
    }

    /** A closeable, ordered stream of claims backed by a bounded worker pool. */
    public final class ClaimStream implements Iterator<PaperClaims>, AutoCloseable {
        private final PaperSource source;
        private final RejectSink rejects;
        private final ExecutorService pool;
        private final Deque<Pending> window = new ArrayDeque<>();
        private final int windowSize;
        private PaperClaims next;
        private boolean sourceDone;

        private record Pending(Paper paper, Future<PaperClaims> claims) {
        }

        private ClaimStream(PaperSource source, RejectSink rejects) {
            this.source = source;
            this.rejects = rejects;
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "claimgraph-extract-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            this.windowSize = threads * 32;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                fill();
                if (window.isEmpty()) {
                    return false;
                }
                Pending p = window.removeFirst();
                next = await(p);
            }
            return true;
        }

        @Override
        public PaperClaims next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            PaperClaims c = next;
            next = null;
            return c;
        }

        private void fill() {
            while (!sourceDone && window.size() < windowSize) {
                Paper paper = source.read();
                if (paper == null) {
                    sourceDone = true;
                } else {
                    window.addLast(new Pending(paper, pool.submit(() -> extract(paper))));
                }
            }
        }

        private PaperClaims await(Pending p) {
            try {
                return p.claims().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClaimGraphException("interrupted while extracting " + p.paper().source(), e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                rejects.reject(new Reject(p.paper().source(),
                        "extraction failed for paper " + p.paper().id() + ": " + cause,
                        p.paper().title()));
                return null;
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /**
     * Property-named builder; every part has a standard default. The default analyzer tags only the
     * sentences the default extractor reads tags from ({@link RuleBasedExtractor#wordsNeedingTags()});
     * with any other extractor it tags every sentence.
     */
    public static final class Builder {
        private TextAnalyzer analyzer;
        private ClaimExtractor extractor;
        private ClaimsRdfMapper mapper = ClaimsRdfMapper.create();
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

        private Builder() {
        }

        public Builder analyzer(TextAnalyzer analyzer) {
            this.analyzer = analyzer;
            return this;
        }

        public Builder extractor(ClaimExtractor extractor) {
            this.extractor = extractor;
            return this;
        }

        public Builder mapper(ClaimsRdfMapper mapper) {
            this.mapper = mapper;
            return this;
        }

        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        public ClaimGraph build() {
            if (analyzer == null) {
                analyzer = extractor == null
                        ? OpenNlpAnalyzer.english(RuleBasedExtractor.wordsNeedingTags())
                        : OpenNlpAnalyzer.english();
            }
            if (extractor == null) {
                extractor = new RuleBasedExtractor();
            }
            return new ClaimGraph(this);
        }
    }
}
