package org.claimgraph.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.ClaimsRdfMapper;

/**
 * The formats {@code claimgraph export} and {@code claimgraph extract} write.
 *
 * <p>Quad formats (nq, trig, jsonld) keep each paper's named graph; triple formats (ttl, nt,
 * rdfxml) write the union of all graphs. Design decision: ttl, nt, nq and trig stream (Jena's
 * {@link StreamRDFWriter}, Turtle and TriG in "blocks" style), so they never hold the corpus in
 * memory; jsonld and rdfxml have no streaming writer in Jena, so {@link #streamWriter} buffers
 * everything it receives in memory and writes at {@link StreamRDF#finish()}. jsonld is compacted with
 * the context {@code ontology/context.jsonld}, written inline. The two claims
 * formats and the three entity-graph formats are not RDF and come only from a store ({@link Exporter}).
 */
public enum ExportFormat {
    TTL("ttl", RDFFormat.TURTLE_BLOCKS, false, true, "ttl"),
    NT("nt", RDFFormat.NTRIPLES, false, true, "nt"),
    NQ("nq", RDFFormat.NQUADS, true, true, "nq"),
    TRIG("trig", RDFFormat.TRIG_BLOCKS, true, true, "trig"),
    JSONLD("jsonld", RDFFormat.JSONLD11, true, false, "jsonld"),
    RDFXML("rdfxml", RDFFormat.RDFXML_PLAIN, false, false, "rdf", "rdfxml", "owl"),
    /** Claims JSON Lines in the CLAIMS-SCHEMA.md shape, one paper per line. */
    CLAIMS_JSONL("claims-jsonl", null, false, false, "jsonl"),
    /** One row per result claim. */
    CSV("csv", null, false, false, "csv"),
    /** The entity graph ({@link EntityGraphReader}) as GraphML, for Cytoscape, yEd, Gephi, NetworkX. */
    GRAPHML("graphml", null, false, false, "graphml"),
    /** The entity graph as GEXF 1.2, Gephi's own format. */
    GEXF("gexf", null, false, false, "gexf"),
    /** The entity graph as Graphviz DOT. */
    DOT("dot", null, false, false, "dot", "gv");

    private static final String GZIP_SUFFIX = ".gz";

    private final String cliName;
    private final RDFFormat rdfFormat;
    private final boolean namedGraphs;
    private final boolean streaming;
    private final List<String> extensions;

    ExportFormat(String cliName, RDFFormat rdfFormat, boolean namedGraphs, boolean streaming, String... extensions) {
        this.cliName = cliName;
        this.rdfFormat = rdfFormat;
        this.namedGraphs = namedGraphs;
        this.streaming = streaming;
        this.extensions = List.of(extensions);
    }

    /** Whether this writes the entity graph (vertices and weighted edges) rather than claims or quads. */
    public boolean isEntityGraph() {
        return this == GRAPHML || this == GEXF || this == DOT;
    }

    /** File name extensions (without the dot) that select this format, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * The format a file name asks for by its extension, ignoring case and a trailing {@code .gz}
     * ({@code claims.ttl.gz} is Turtle); empty when the extension is not one of {@link #extensions()}.
     */
    public static Optional<ExportFormat> fromFileName(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        String name = fileName.toLowerCase(Locale.ROOT);
        if (isGzip(name)) {
            name = name.substring(0, name.length() - GZIP_SUFFIX.length());
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /** Whether a file of this name is to be gzip-compressed: its name ends with {@code .gz}, in any case. */
    public static boolean isGzip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(GZIP_SUFFIX);
    }

    /** The name on the command line: ttl, nt, nq, trig, jsonld, rdfxml, claims-jsonl, csv, graphml, gexf, dot. */
    public String cliName() {
        return cliName;
    }

    /** Whether this is an RDF serialisation (and so has a {@link #streamWriter}). */
    public boolean isRdf() {
        return rdfFormat != null;
    }

    /** Whether the output keeps the named graphs (one per paper). */
    public boolean keepsNamedGraphs() {
        return namedGraphs;
    }

    /** Whether {@link #streamWriter} writes as it receives, instead of buffering until {@code finish()}. */
    public boolean isStreaming() {
        return streaming;
    }

    /** The Jena format used, or null for the claims formats. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** The format whose {@link #cliName()} is {@code name} (case-insensitive). */
    public static ExportFormat fromName(String name) {
        Objects.requireNonNull(name, "name");
        for (ExportFormat f : values()) {
            if (f.cliName.equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new ExportException("unknown export format '" + name + "'; use one of " + String.join(", ", names()));
    }

    /** Every {@link #cliName()}, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(ExportFormat::cliName).toList();
    }

    /**
     * A sink that writes what it receives to {@code out} in this format. The caller calls
     * {@code start()}, sends triples and quads, then {@code finish()}; the standard prefixes are
     * declared at {@code start()}. Triple formats write each quad as its triple (a triple that
     * several papers' graphs share may then appear more than once; parsers collapse it). For
     * jsonld and rdfxml the output is written only at {@code finish()} (see the type's note).
     * {@code out} is flushed, not closed.
     *
     * @throws ExportException for the claims and entity-graph formats, which are not RDF
     */
    public StreamRDF streamWriter(OutputStream out) {
        Objects.requireNonNull(out, "out");
        if (!isRdf()) {
            throw new ExportException(cliName + " is not an RDF format; it is written from a store only");
        }
        StreamRDF sink;
        if (streaming) {
            sink = StreamRDFWriter.getWriterStream(out, rdfFormat);
        } else {
            sink = new BufferedDataset(out, rdfFormat);
        }
        if (!namedGraphs) {
            sink = new QuadsAsTriples(sink);
        }
        return new WithPrefixes(sink, out);
    }

    private static final class WithPrefixes extends StreamRDFWrapper {
        private final OutputStream out;

        WithPrefixes(StreamRDF other, OutputStream out) {
            super(other);
            this.out = out;
        }

        @Override
        public void start() {
            super.start();
            ClaimsRdfMapper.declarePrefixes(other);
        }

        @Override
        public void finish() {
            super.finish();
            Exporter.flush(out);
        }
    }

    private static final class QuadsAsTriples extends StreamRDFWrapper {
        QuadsAsTriples(StreamRDF other) {
            super(other);
        }

        @Override
        public void quad(Quad quad) {
            other.triple(quad.asTriple());
        }
    }

    /** Collects everything and writes at {@code finish()}: for formats Jena only writes whole (jsonld, rdfxml). */
    private static final class BufferedDataset implements StreamRDF {
        private final OutputStream out;
        private final RDFFormat format;
        private final DatasetGraph buffer = DatasetGraphFactory.createGeneral();

        BufferedDataset(OutputStream out, RDFFormat format) {
            this.out = out;
            this.format = format;
        }

        @Override
        public void start() {
        }

        @Override
        public void triple(Triple triple) {
            buffer.getDefaultGraph().add(triple);
        }

        @Override
        public void quad(Quad quad) {
            buffer.add(quad);
        }

        @Override
        public void base(String base) {
        }

        @Override
        public void prefix(String prefix, String iri) {
            buffer.prefixes().add(prefix, iri);
        }

        @Override
        public void version(String version) {
        }

        @Override
        public void finish() {
            if (format.equals(JSONLD.rdfFormat)) {
                CompactJsonLd.write(buffer, out);
            } else if (RDFLanguages.isTriples(format.getLang())) {
                Graph graph = buffer.getDefaultGraph();
                buffer.prefixes().forEach((prefix, iri) -> graph.getPrefixMapping().setNsPrefix(prefix, iri));
                RDFDataMgr.write(out, graph, format);
            } else {
                RDFDataMgr.write(out, buffer, format);
            }
        }
    }
}
