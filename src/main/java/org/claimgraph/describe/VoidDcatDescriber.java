package org.claimgraph.describe;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.claimgraph.query.QueryException;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.ClaimsRdfMapper;

/**
 * {@link DatasetDescriber} on SPARQL. Every count is {@code COUNT(*)} over a {@code DISTINCT}
 * sub-select (or over triple patterns, which the union graph already yields once each), the form
 * that ARQ counts fastest.
 */
final class VoidDcatDescriber implements DatasetDescriber {
    static final String RIGHTS = "abstracts belong to their authors; claims extracted by claimgraph";
    static final String SHAPES = "https://w3id.org/claimgraph/shapes";

    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;
    private static final String GRAPHS = "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?g { GRAPH ?g { } } }";
    private static final String TRIPLES = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    private static final String SUBJECTS = "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s { ?s ?p ?o } }";
    private static final String OBJECTS = "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?o { ?s ?p ?o } }";
    private static final String ENTITIES = "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s { ?s ?p ?o "
            + "FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"" + CG.ID + "\")) } }";
    private static final String NAMED_ENTITIES = PREFIXES + "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s { "
            + "VALUES ?class { cg:Method cg:Model cg:Framework cg:Dataset cg:Benchmark cg:Metric cg:Task } ?s rdf:type ?class } }";
    private static final String CLASSES = PREFIXES
            + "SELECT ?key (COUNT(*) AS ?n) { SELECT DISTINCT ?key ?s { ?s rdf:type ?key } } GROUP BY ?key";
    private static final String PROPERTIES = "SELECT ?key (COUNT(*) AS ?n) { ?s ?key ?o } GROUP BY ?key";

    private final String iri;
    private final Clock clock;
    private final Duration timeout;

    VoidDcatDescriber(String iri, Clock clock, Duration timeout) {
        this.iri = Objects.requireNonNull(iri, "iri");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (!IRIs.check(iri)) {
            throw new IllegalArgumentException("not an IRI: " + iri);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    @Override
    public DatasetStatistics statistics(Dataset ds) {
        Objects.requireNonNull(ds, "ds");
        return Txn.calculateRead(ds, () -> {
            Map<String, Long> classes = grouped(ds, CLASSES);
            Map<String, Long> properties = grouped(ds, PROPERTIES);
            SortedSet<String> vocabularies = new TreeSet<>();
            classes.keySet().forEach(c -> vocabularies.add(namespace(c)));
            properties.keySet().forEach(p -> vocabularies.add(namespace(p)));
            return new DatasetStatistics(count(ds, GRAPHS), count(ds, TRIPLES), count(ds, ENTITIES),
                    count(ds, SUBJECTS), count(ds, OBJECTS), count(ds, NAMED_ENTITIES),
                    new TreeMap<>(classes), new TreeMap<>(properties), vocabularies);
        });
    }

    @Override
    public Graph describe(DatasetStatistics s) {
        Objects.requireNonNull(s, "statistics");
        Model m = ModelFactory.createDefaultModel();
        PrefixMap prefixes = ClaimsRdfMapper.prefixes();
        prefixes.forEach(m::setNsPrefix);
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefix("owl", OWL.NS);

        Resource d = m.createResource(iri)
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addLiteral(DCTerms.title, m.createLiteral("claimgraph: research claims from paper abstracts", "en"))
                .addLiteral(DCTerms.description, m.createLiteral("Proposal and result claims extracted from research-paper "
                        + "abstracts by claimgraph, one named graph per paper, each claim traced to its evidence sentence.", "en"))
                .addProperty(DCTerms.rights, RIGHTS)
                .addLiteral(DCTerms.created, m.createTypedLiteral(clock.instant().toString(), XSDDatatype.XSDdateTime))
                .addProperty(DCTerms.conformsTo, m.createResource(CG.ONTOLOGY))
                .addProperty(DCTerms.conformsTo, m.createResource(SHAPES))
                .addProperty(VOID.uriSpace, CG.ID)
                .addLiteral(VOID.triples, integer(m, s.triples()))
                .addLiteral(VOID.entities, integer(m, s.entities()))
                .addLiteral(VOID.distinctSubjects, integer(m, s.distinctSubjects()))
                .addLiteral(VOID.distinctObjects, integer(m, s.distinctObjects()))
                .addLiteral(VOID.classes, integer(m, s.classes().size()))
                .addLiteral(VOID.properties, integer(m, s.properties().size()));
        for (String vocabulary : s.vocabularies()) {
            d.addProperty(VOID.vocabulary, m.createResource(vocabulary));
        }
        s.classes().forEach((cls, n) -> classPartition(d, cls, n));
        classPartition(d, CG.Entity.getURI(), s.namedEntities());
        Map<String, Long> properties = new TreeMap<>(s.properties());
        DatasetStatistics.LINK_PROPERTIES.forEach(link -> properties.putIfAbsent(link.getURI(), 0L));
        properties.forEach((property, n) -> d.addProperty(VOID.propertyPartition, m.createResource()
                .addProperty(VOID.property, m.createResource(property))
                .addLiteral(VOID.triples, integer(m, n))));
        return m.getGraph();
    }

    private static void classPartition(Resource dataset, String cls, long n) {
        Model m = dataset.getModel();
        dataset.addProperty(VOID.classPartition, m.createResource()
                .addProperty(VOID._class, m.createResource(cls))
                .addLiteral(VOID.entities, integer(m, n)));
    }

    private static Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** The namespace of a class or property IRI: up to and including its last '#' or '/'. */
    static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }

    private long count(Dataset ds, String sparql) {
        long[] n = new long[1];
        select(ds, sparql, row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    private Map<String, Long> grouped(Dataset ds, String sparql) {
        Map<String, Long> counts = new TreeMap<>();
        select(ds, sparql, row -> {
            if (row.get("key").isURIResource()) {
                counts.put(row.getResource("key").getURI(), row.getLiteral("n").getLong());
            }
        });
        return counts;
    }

    private void select(Dataset ds, String sparql, Consumer<QuerySolution> row) {
        Query query = QueryFactory.create(sparql);
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
                .timeout(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS).build()) {
            qe.execSelect().forEachRemaining(row);
        } catch (QueryCancelledException e) {
            throw new QueryException("counting the store for its description did not finish within "
                    + timeout.toMillis() + " ms: " + sparql, e);
        }
    }
}
