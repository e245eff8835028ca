package org.claimgraph.export;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Evidence;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.extract.Result;
import org.claimgraph.extract.ResultKind;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.SourcePosition;
import org.claimgraph.rdf.CG;

/**
 * Reads per-paper claims back from a store (SPARQL over each paper's named graph), so that
 * {@link ClaimsJsonWriter} writes a stored corpus in the same CLAIMS-SCHEMA.md shape as the
 * extractor does.
 *
 * <p>What RDF does not keep comes back normalised: entity lists and a paper's authors and
 * categories are sorted, results are in extraction order (their IRI number). An entity's name is
 * its smallest label in the paper's graph that is not an alias ({@code skos:altLabel}), its
 * aliases are its alt labels there; the {@link SourcePosition} of a rebuilt paper names its graph.
 */
public final class StoredClaims {
    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final String PAPERS = PREFIXES + """
            SELECT ?paper ?id WHERE {
              GRAPH ?paper { ?paper a cg:Paper OPTIONAL { ?paper dcterms:identifier ?id } }
            }
            ORDER BY ?id ?paper
            """;
    private static final String PAPER_FIELDS = PREFIXES + """
            SELECT ?property ?value WHERE { GRAPH ?paper { ?paper ?property ?value } }
            """;
    private static final String LABELS = PREFIXES + """
            SELECT ?entity ?label ?alias WHERE {
              GRAPH ?paper {
                ?entity rdfs:label ?label .
                BIND(EXISTS { ?entity skos:altLabel ?label } AS ?alias)
              }
            }
            """;
    private static final String ENTITIES = PREFIXES + """
            SELECT ?relation ?entity ?type WHERE {
              GRAPH ?paper {
                VALUES ?relation { cg:proposes cg:addressesTask cg:evaluatedOn cg:usesMetric }
                ?paper ?relation ?entity .
                OPTIONAL { ?entity a ?type }
              }
            }
            """;
    private static final String RESULTS = PREFIXES + """
            SELECT ?claim ?method ?benchmark ?metric ?baseline ?value ?unit ?kind ?baselineValue ?confidence
                   ?exact ?start ?end
            WHERE {
              GRAPH ?paper {
                ?claim a cg:ResultClaim ;
                       cg:statedIn ?paper ;
                       cg:value ?value ;
                       cg:kind ?kind .
                OPTIONAL { ?claim cg:method ?method }
                OPTIONAL { ?claim cg:benchmark ?benchmark }
                OPTIONAL { ?claim cg:metric ?metric }
                OPTIONAL { ?claim cg:baseline ?baseline }
                OPTIONAL { ?claim cg:unit ?unit }
                OPTIONAL { ?claim cg:baselineValue ?baselineValue }
                OPTIONAL { ?claim cg:confidence ?confidence }
                OPTIONAL {
                  ?claim cg:evidence ?selector .
                  OPTIONAL { ?selector oa:exact ?exact }
                  OPTIONAL { ?selector oa:start ?start }
                  OPTIONAL { ?selector oa:end ?end }
                }
              }
            }
            """;
    private static final String SCHEMA_URL = "https://schema.org/url";
    private static final List<EntityType> TYPE_PREFERENCE = List.of(EntityType.MODEL, EntityType.FRAMEWORK,
            EntityType.DATASET, EntityType.METRIC, EntityType.TASK, EntityType.BENCHMARK, EntityType.METHOD);

    private StoredClaims() {
    }

    /**
     * Rebuilds every paper's claims, ordered by paper id, and hands each to {@code sink}, all in
     * one read transaction; only one paper is held in memory at a time.
     *
     * @throws ExportException a stored claim that breaks the model (e.g. a non-numeric value),
     *         naming the claim
     */
    public static void forEachPaper(Dataset ds, Consumer<PaperClaims> sink) {
        Objects.requireNonNull(ds, "ds");
        Objects.requireNonNull(sink, "sink");
        Reader reader = new Reader(ds);
        Txn.executeRead(ds, () -> {
            List<Resource> papers = new ArrayList<>();
            reader.select(reader.papers, null, row -> papers.add(row.getResource("paper")));
            for (Resource paper : papers) {
                sink.accept(reader.paperClaims(paper));
            }
        });
    }

    /** As {@link #forEachPaper(Dataset, Consumer)} for the papers whose graphs are {@code papers}, in that order. */
    static void forEachPaper(Dataset ds, List<Resource> papers, Consumer<PaperClaims> sink) {
        Reader reader = new Reader(ds);
        Txn.executeRead(ds, () -> papers.forEach(paper -> sink.accept(reader.paperClaims(paper))));
    }

    /** The SPARQL plumbing of one export run; queries are parsed once per run. */
    private static final class Reader {
        private final Dataset ds;
        private final Query papers = QueryFactory.create(PAPERS);
        private final Query paperFields = QueryFactory.create(PAPER_FIELDS);
        private final Query labels = QueryFactory.create(LABELS);
        private final Query entities = QueryFactory.create(ENTITIES);
        private final Query results = QueryFactory.create(RESULTS);

        Reader(Dataset ds) {
            this.ds = ds;
        }

        void select(Query query, Resource paper, Consumer<QuerySolution> rows) {
            var builder = QueryExecution.dataset(ds).query(query);
            if (paper != null) {
                builder.substitution("paper", paper);
            }
            try (QueryExecution qe = builder.build()) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(rows);
            }
        }

        PaperClaims paperClaims(Resource paperNode) {
            Map<String, Names> names = new HashMap<>();
            select(labels, paperNode, row -> names
                    .computeIfAbsent(row.getResource("entity").getURI(), k -> new Names())
                    .add(row.getLiteral("label").getLexicalForm(), row.getLiteral("alias").getBoolean()));

            Map<String, Map<String, Set<String>>> byRelation = new HashMap<>();
            select(entities, paperNode, row -> {
                Set<String> types = byRelation
                        .computeIfAbsent(row.getResource("relation").getURI(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(row.getResource("entity").getURI(), k -> new TreeSet<>());
                RDFNode type = row.get("type");
                if (type != null && type.isURIResource() && type.asResource().getURI().startsWith(CG.NS)) {
                    types.add(type.asResource().getURI().substring(CG.NS.length()));
                }
            });

            List<Entity> proposes = entities(byRelation, CG.proposes, names, EntityType.METHOD);
            List<Entity> tasks = entities(byRelation, CG.addressesTask, names, EntityType.TASK);
            List<Entity> benchmarks = entities(byRelation, CG.evaluatedOn, names, EntityType.BENCHMARK);
            List<Entity> metrics = entities(byRelation, CG.usesMetric, names, EntityType.METRIC);

            Map<String, Result> resultsByClaim = new LinkedHashMap<>();
            select(results, paperNode, row -> resultsByClaim
                    .putIfAbsent(row.getResource("claim").getURI(), result(row, names)));
            List<Result> ordered = resultsByClaim.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, Result> e) -> resultNumber(e.getKey()))
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getValue)
                    .toList();
            return new PaperClaims(paper(paperNode), proposes, tasks, benchmarks, metrics, ordered);
        }

        private Paper paper(Resource paperNode) {
            Map<String, List<String>> fields = new HashMap<>();
            select(paperFields, paperNode, row -> {
                RDFNode value = row.get("value");
                String text = value.isLiteral() ? value.asLiteral().getLexicalForm() : value.toString();
                fields.computeIfAbsent(row.getResource("property").getURI(), k -> new ArrayList<>()).add(text);
            });
            String iri = paperNode.getURI();
            String id = first(fields, DCTerms.identifier.getURI());
            if (id == null) {
                id = URLDecoder.decode(iri.substring(iri.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
            }
            String title = first(fields, DCTerms.title.getURI());
            String abstractText = first(fields, DCTerms.abstract_.getURI());
            return new Paper(id, title == null ? "" : title, abstractText == null ? "" : abstractText,
                    sorted(fields.get(DCTerms.creator.getURI())), first(fields, DCTerms.date.getURI()),
                    first(fields, SCHEMA_URL), sorted(fields.get(DCTerms.subject.getURI())),
                    new SourcePosition(iri, 0));
        }
    }

    private static List<Entity> entities(Map<String, Map<String, Set<String>>> byRelation, Resource relation,
                                         Map<String, Names> names, EntityType fallback) {
        Map<String, Set<String>> found = byRelation.getOrDefault(relation.getURI(), Map.of());
        List<Entity> list = new ArrayList<>();
        found.forEach((iri, types) -> {
            Names n = names.getOrDefault(iri, new Names());
            String name = n.name(iri);
            List<String> aliases = n.aliases.stream().filter(a -> !a.equals(name)).toList();
            list.add(new Entity(name, aliases, type(types, fallback)));
        });
        list.sort(Comparator.comparing(Entity::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Entity::name));
        return list;
    }

    /**
     * The most specific of an entity's classes in the paper's graph. The mapper adds the generic
     * class of a result mention (a proposed Model named as a result's method is also a cg:Method,
     * a proposed Dataset used as a result's benchmark also a cg:Benchmark), so the proposal's own
     * type is the first of {@link #TYPE_PREFERENCE} present.
     */
    private static EntityType type(Set<String> classNames, EntityType fallback) {
        for (EntityType t : TYPE_PREFERENCE) {
            if (classNames.contains(t.label())) {
                return t;
            }
        }
        return fallback;
    }

    private static Result result(QuerySolution row, Map<String, Names> names) {
        String claim = row.getResource("claim").getURI();
        try {
            String exact = lexical(row, "exact");
            Evidence evidence = new Evidence(exact == null ? "" : exact,
                    new Span(integer(row, "start"), integer(row, "end")));
            String confidence = lexical(row, "confidence");
            String baselineValue = lexical(row, "baselineValue");
            String kind = row.getResource("kind").getURI();
            return new Result(entityName(row, "method", names), entityName(row, "benchmark", names),
                    entityName(row, "metric", names), new BigDecimal(lexical(row, "value")), lexical(row, "unit"),
                    ResultKind.fromLabel(kind.substring(kind.lastIndexOf('#') + 1)),
                    entityName(row, "baseline", names), baselineValue == null ? null : new BigDecimal(baselineValue),
                    evidence, confidence == null ? 0.0 : Double.parseDouble(confidence));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ExportException("stored claim " + claim + " does not fit the claims shape: " + e.getMessage(), e);
        }
    }

    private static String entityName(QuerySolution row, String var, Map<String, Names> names) {
        RDFNode node = row.get(var);
        if (node == null || !node.isURIResource()) {
            return null;
        }
        String iri = node.asResource().getURI();
        return names.getOrDefault(iri, new Names()).name(iri);
    }

    private static String lexical(QuerySolution row, String var) {
        Literal literal = row.getLiteral(var);
        return literal == null ? null : literal.getLexicalForm();
    }

    private static int integer(QuerySolution row, String var) {
        String text = lexical(row, var);
        return text == null ? 0 : Integer.parseInt(text);
    }

    private static long resultNumber(String claimIri) {
        String tail = claimIri.substring(claimIri.lastIndexOf('/') + 1);
        try {
            return Long.parseLong(tail);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String first(Map<String, List<String>> fields, String property) {
        List<String> values = fields.get(property);
        return values == null || values.isEmpty() ? null : values.stream().sorted().findFirst().orElseThrow();
    }

    private static List<String> sorted(List<String> values) {
        return values == null ? List.of() : values.stream().sorted().distinct().toList();
    }

    /** An entity's labels in one paper's graph, split into names and aliases. */
    private static final class Names {
        private final TreeSet<String> names = new TreeSet<>();
        private final TreeSet<String> aliases = new TreeSet<>();

        void add(String label, boolean alias) {
            (alias ? aliases : names).add(label);
        }

        String name(String iri) {
            if (!names.isEmpty()) {
                return names.first();
            }
            if (!aliases.isEmpty()) {
                return aliases.first();
            }
            return URLDecoder.decode(iri.substring(iri.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
        }
    }
}
