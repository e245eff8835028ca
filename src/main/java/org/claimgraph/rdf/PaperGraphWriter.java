package org.claimgraph.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.XSDNumUtils;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.extract.Result;
import org.claimgraph.ingest.Paper;

/**
 * RDF-MODEL.md as code. One paper's quads are gathered in an insertion-ordered set before they are
 * sent, so an entity named twice (say as proposal and as a result's method) is sent once and the
 * output order is fixed; a paper's quads are few, the corpus is never held.
 */
final class PaperGraphWriter implements ClaimsRdfMapper {

    @Override
    public void write(PaperClaims claims, Provenance provenance, StreamRDF out) {
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(out, "out");
        PaperQuads quads = new PaperQuads(claims.paper(), knownNames(claims));
        quads.paper(claims.paper());
        Node activity = quads.activity(provenance);

        List<Node> benchmarks = claims.benchmarks().stream()
                .map(b -> quads.entity(b, EntityType.BENCHMARK)).toList();
        for (Node benchmark : benchmarks) {
            quads.add(quads.paper, CG.evaluatedOn, benchmark);
        }
        for (Entity proposed : claims.proposes()) {
            Node entity = quads.entity(proposed, proposed.type());
            quads.add(quads.paper, CG.proposes, entity);
            if (isMethodLike(proposed.type())) {
                for (Node benchmark : benchmarks) {
                    quads.add(entity, CG.evaluatedOn, benchmark);
                }
            }
            Node claim = NodeFactory.createURI(Iris.proposal(quads.paperIri, proposed.name()));
            quads.add(claim, Vocab.TYPE, CG.ProposalClaim);
            quads.add(claim, CG.statedIn, quads.paper);
            quads.add(claim, CG.proposedEntity, entity);
            quads.add(claim, Vocab.PROV_WAS_GENERATED_BY, activity);
            quads.add(quads.paper, CG.hasClaim, claim);
        }
        for (Entity task : claims.tasks()) {
            quads.add(quads.paper, CG.addressesTask, quads.entity(task, EntityType.TASK));
        }
        for (Entity metric : claims.metrics()) {
            quads.add(quads.paper, CG.usesMetric, quads.entity(metric, EntityType.METRIC));
        }
        int n = 0;
        for (Result result : claims.results()) {
            quads.result(result, ++n, activity, claims.paper().id());
        }
        quads.resultNames();
        quads.sendTo(out);
    }

    /**
     * The paper's own entities by IRI segment and by the key of their name and of each alias, so a
     * result that says "CPL" lands on the node of "Critical Plan Learning (CPL)". First one wins.
     */
    private static Map<String, Map<String, String>> knownNames(PaperClaims claims) {
        Map<String, Map<String, String>> known = new HashMap<>();
        claims.proposes().forEach(e -> remember(known, e, e.type()));
        claims.benchmarks().forEach(e -> remember(known, e, EntityType.BENCHMARK));
        claims.metrics().forEach(e -> remember(known, e, EntityType.METRIC));
        claims.tasks().forEach(e -> remember(known, e, EntityType.TASK));
        return known;
    }

    private static void remember(Map<String, Map<String, String>> known, Entity e, EntityType type) {
        Map<String, String> byKey = known.computeIfAbsent(Iris.segment(type), s -> new HashMap<>());
        byKey.putIfAbsent(EntityKeys.key(type, e.name()), e.name());
        for (String alias : e.aliases()) {
            if (alias != null && !alias.isBlank()) {
                byKey.putIfAbsent(EntityKeys.key(type, alias), e.name());
            }
        }
        byKey.remove("");
    }

    private static boolean isMethodLike(EntityType type) {
        return type == EntityType.METHOD || type == EntityType.MODEL || type == EntityType.FRAMEWORK;
    }

    private static Node literal(String lexical) {
        return NodeFactory.createLiteralString(lexical);
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    /**
     * Numbers use Jena's canonical lexical forms ("92.50" becomes "92.5", 4 becomes "4.0", 0.83 becomes
     * "0.83e0"): TDB2 stores numbers by value and hands back these forms, so the quads written to a
     * file and those read back from the store are the same terms.
     */
    private static Node decimal(BigDecimal value) {
        return typed(XSDNumUtils.stringForm(value), XSDDatatype.XSDdecimal);
    }

    /**
     * A string whose code-point order is the numeric order of {@code value}: sign letter ("n" below
     * zero, "p" from zero), 18 integer digits, ".", 6 fraction digits (rounded down; negative
     * values' digits complemented). Jena orders plain strings far faster than xsd:decimal values,
     * which it parses for each comparison. Values beyond 18 integer digits share the extreme key.
     */
    static String rankKey(BigDecimal value) {
        BigDecimal limit = new BigDecimal("999999999999999999.999999");
        BigDecimal magnitude = value.abs().min(limit).setScale(6, java.math.RoundingMode.DOWN);
        String digits = magnitude.toPlainString();
        int dot = digits.indexOf('.');
        String fixed = "0".repeat(18 - dot) + digits;
        if (value.signum() >= 0 || magnitude.signum() == 0) {
            return "p" + fixed;
        }
        StringBuilder complement = new StringBuilder("n");
        for (char c : fixed.toCharArray()) {
            complement.append(c == '.' ? '.' : (char) ('9' - c + '0'));
        }
        return complement.toString();
    }

    private static Node doubleLiteral(double value) {
        return typed(XSDNumUtils.stringForm(value), XSDDatatype.XSDdouble);
    }

    /** A display name still to be given: {@code claim property "name of entity"}. */
    private record NameOf(Node claim, Node property, Node entity) {
    }

    /** The quads of one paper, all in its graph, deduplicated, in first-added order. */
    private static final class PaperQuads {
        private final Set<Quad> quads = new LinkedHashSet<>();
        private final String paperIri;
        private final Node paper;
        private final Map<String, Map<String, String>> knownNames;
        private final List<NameOf> names = new ArrayList<>();

        PaperQuads(Paper p, Map<String, Map<String, String>> knownNames) {
            this.paperIri = Iris.paper(p.id());
            this.paper = NodeFactory.createURI(paperIri);
            this.knownNames = knownNames;
        }

        void add(Node s, Node p, Node o) {
            quads.add(Quad.create(paper, s, p, o));
        }

        void add(Node s, Resource p, Node o) {
            add(s, p.asNode(), o);
        }

        void add(Node s, Node p, Resource o) {
            add(s, p, o.asNode());
        }

        void add(Node s, Resource p, Resource o) {
            add(s, p.asNode(), o.asNode());
        }

        void paper(Paper p) {
            add(paper, Vocab.TYPE, CG.Paper);
            add(paper, Vocab.DC_IDENTIFIER, literal(p.id()));
            add(paper, Vocab.DC_TITLE, literal(p.title()));
            add(paper, Vocab.DC_ABSTRACT, literal(p.abstractText()));
            for (String author : p.authors()) {
                if (author != null && !author.isBlank()) {
                    add(paper, Vocab.DC_CREATOR, literal(author.strip()));
                }
            }
            if (p.date() != null && !p.date().isBlank()) {
                add(paper, Vocab.DC_DATE, date(p.date().strip()));
            }
            if (p.url() != null && !p.url().isBlank()) {
                add(paper, Vocab.SCHEMA_URL, url(p.url().strip()));
            }
            PaperIdentifiers.arxivId(p).ifPresent(id -> {
                add(paper, Vocab.FABIO_HAS_ARXIV_ID, literal(id));
                add(paper, Vocab.SCHEMA_SAME_AS, NodeFactory.createURI(PaperIdentifiers.ARXIV_ABS + id));
            });
            PaperIdentifiers.doi(p).ifPresent(doi ->
                    add(paper, Vocab.SCHEMA_SAME_AS, NodeFactory.createURI(PaperIdentifiers.DOI_RESOLVER + doi)));
            for (String category : p.categories()) {
                if (category != null && !category.isBlank()) {
                    add(paper, Vocab.DC_SUBJECT, literal(category.strip()));
                }
            }
            matchKey(paper, p.id());
            matchKey(paper, p.title());
        }

        Node activity(Provenance prov) {
            Node activity = NodeFactory.createURI(Iris.activity(paperIri));
            Node agent = NodeFactory.createURI(Iris.agent(prov.extractorName(), prov.extractorVersion()));
            add(activity, Vocab.TYPE, Vocab.PROV_ACTIVITY);
            add(activity, Vocab.PROV_WAS_ASSOCIATED_WITH, agent);
            add(activity, Vocab.PROV_ENDED_AT_TIME, typed(prov.time().toString(), XSDDatatype.XSDdateTime));
            add(activity, Vocab.PROV_USED, paper);
            add(agent, Vocab.TYPE, Vocab.PROV_SOFTWARE_AGENT);
            add(agent, Vocab.LABEL, literal(prov.extractorName()));
            add(agent, Vocab.SCHEMA_SOFTWARE_VERSION, literal(prov.extractorVersion()));
            return activity;
        }

        /** The entity's node with its type, labels and keys; {@code type} decides IRI segment and class. */
        Node entity(Entity e, EntityType type) {
            Node node = named(e.name(), type);
            for (String alias : e.aliases()) {
                if (alias != null && !alias.isBlank()) {
                    add(node, Vocab.LABEL, literal(alias));
                    add(node, Vocab.ALT_LABEL, literal(alias));
                    entityKeys(node, type, alias);
                }
            }
            return node;
        }

        /** A node for a name as written: typed, labelled with the surface form, keyed. */
        Node named(String name, EntityType type) {
            return named(name, name, type);
        }

        /** A result's mention: the node of the paper's entity it names (by name or alias), else its own. */
        Node mention(String name, EntityType type) {
            String canonical = knownNames.getOrDefault(Iris.segment(type), Map.of())
                    .getOrDefault(EntityKeys.key(type, name), name);
            return named(canonical, name, type);
        }

        private Node named(String canonicalName, String surfaceForm, EntityType type) {
            Node node = NodeFactory.createURI(Iris.entity(type, canonicalName));
            add(node, Vocab.TYPE, classOf(type));
            add(node, Vocab.LABEL, literal(surfaceForm));
            entityKeys(node, type, surfaceForm);
            return node;
        }

        /**
         * The match keys of an entity's surface form: its {@link Names#key} and, when that differs,
         * its entity key (the singular of a plural), so a lookup by either spelling finds the node.
         */
        private void entityKeys(Node node, EntityType type, String surfaceForm) {
            matchKey(node, surfaceForm);
            String key = EntityKeys.key(type, surfaceForm);
            if (!key.isEmpty() && !EntityKeys.isWordKey(key)) {
                add(node, CG.matchKey.asNode(), literal(key));
            }
        }

        /**
         * A result claim. Besides the links to its entities it carries the literals a leaderboard
         * shows (paper id here, entity names in {@link #resultNames()}) and a {@code cg:rankKey},
         * which its benchmark gets too: a leaderboard ranks a benchmark's results by that string in
         * one index scan and reads the claims of the top rows only.
         */
        void result(Result r, int n, Node activity, String paperId) {
            Node claim = NodeFactory.createURI(Iris.result(paperIri, n));
            add(paper, CG.hasClaim, claim);
            add(claim, Vocab.TYPE, CG.ResultClaim);
            add(claim, CG.statedIn, paper);
            add(claim, CG.paperId, literal(paperId));
            Node value = decimal(r.value());
            Node rankKey = literal(rankKey(r.value()));
            Node method = present(r.method()) ? mention(r.method(), EntityType.METHOD) : null;
            Node benchmark = present(r.benchmark()) ? mention(r.benchmark(), EntityType.BENCHMARK) : null;
            if (method != null) {
                add(claim, CG.method, method);
                names.add(new NameOf(claim, CG.methodName.asNode(), method));
                if (benchmark != null) {
                    add(method, CG.evaluatedOn, benchmark);
                }
            }
            if (benchmark != null) {
                add(claim, CG.benchmark, benchmark);
                add(benchmark, CG.rankKey, rankKey);
                add(claim, CG.rankKey, rankKey);
                names.add(new NameOf(claim, CG.benchmarkName.asNode(), benchmark));
            }
            if (present(r.metric())) {
                Node metric = mention(r.metric(), EntityType.METRIC);
                add(claim, CG.metric, metric);
                names.add(new NameOf(claim, CG.metricName.asNode(), metric));
            }
            if (present(r.baseline())) {
                Node baseline = mention(r.baseline(), EntityType.METHOD);
                add(claim, CG.baseline, baseline);
                names.add(new NameOf(claim, CG.baselineName.asNode(), baseline));
            }
            add(claim, CG.value, value);
            if (present(r.unit())) {
                add(claim, CG.unit, literal(r.unit().strip()));
            }
            add(claim, CG.kind, kindOf(r));
            if (r.baselineValue() != null) {
                add(claim, CG.baselineValue, decimal(r.baselineValue()));
            }
            add(claim, CG.confidence, doubleLiteral(r.confidence()));
            Node selector = NodeFactory.createURI(Iris.selector(claim.getURI()));
            add(claim, CG.evidence, selector);
            add(selector, Vocab.TYPE, Vocab.OA_TEXT_QUOTE_SELECTOR);
            add(selector, Vocab.TYPE, Vocab.OA_TEXT_POSITION_SELECTOR);
            add(selector, Vocab.OA_EXACT, literal(r.evidence().sentence()));
            add(selector, Vocab.OA_START, nonNegative(r.evidence().span().start()));
            add(selector, Vocab.OA_END, nonNegative(r.evidence().span().end()));
            add(claim, Vocab.PROV_WAS_DERIVED_FROM, paper);
            add(claim, Vocab.PROV_WAS_GENERATED_BY, activity);
        }

        /**
         * Gives each result claim the names of its entities as this paper writes them: the smallest
         * label the entity has in the paper's graph that is not an alias (skos:altLabel), else the
         * smallest alias. Runs after all results, since a later result may add a label.
         */
        void resultNames() {
            for (NameOf name : names) {
                String shown = null;
                boolean shownIsAlias = true;
                for (Quad q : quads) {
                    if (q.getSubject().equals(name.entity()) && q.getPredicate().equals(Vocab.LABEL)) {
                        String label = q.getObject().getLiteralLexicalForm();
                        boolean alias = quads.contains(Quad.create(paper, name.entity(), Vocab.ALT_LABEL, q.getObject()));
                        if (shown == null || (shownIsAlias && !alias)
                                || (shownIsAlias == alias && label.compareTo(shown) < 0)) {
                            shown = label;
                            shownIsAlias = alias;
                        }
                    }
                }
                if (shown != null) {
                    add(name.claim(), name.property(), literal(shown));
                }
            }
            names.clear();
        }

        void matchKey(Node node, String name) {
            String key = Names.key(name);
            if (!key.isEmpty()) {
                add(node, CG.matchKey.asNode(), literal(key));
            }
        }

        /** Sends the quads grouped by subject, subjects in first-seen order, so streamed TriG reads as blocks. */
        void sendTo(StreamRDF out) {
            Map<Node, List<Quad>> bySubject = new LinkedHashMap<>();
            for (Quad q : quads) {
                bySubject.computeIfAbsent(q.getSubject(), s -> new ArrayList<>()).add(q);
            }
            bySubject.values().forEach(group -> group.forEach(out::quad));
        }

        private static boolean present(String s) {
            return s != null && !s.isBlank();
        }

        private static Node nonNegative(int n) {
            return typed(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
        }

        private static Resource kindOf(Result r) {
            return switch (r.kind()) {
                case ABSOLUTE -> CG.Absolute;
                case IMPROVEMENT -> CG.Improvement;
                case REDUCTION -> CG.Reduction;
                case RATIO -> CG.Ratio;
            };
        }

        private static Resource classOf(EntityType type) {
            return switch (type) {
                case METHOD -> CG.Method;
                case MODEL -> CG.Model;
                case FRAMEWORK -> CG.Framework;
                case DATASET -> CG.Dataset;
                case BENCHMARK -> CG.Benchmark;
                case METRIC -> CG.Metric;
                case TASK -> CG.Task;
            };
        }

        /** xsd:date when the text is an ISO date, else the text as given (nothing is dropped). */
        private static Node date(String text) {
            try {
                LocalDate.parse(text);
                return typed(text, XSDDatatype.XSDdate);
            } catch (DateTimeParseException e) {
                return literal(text);
            }
        }

        /** An IRI when the text is an absolute IRI, else the text as a plain literal, so nothing is dropped. */
        private static Node url(String text) {
            try {
                IRIx iri = IRIx.create(text);
                if (iri.isAbsolute()) {
                    return NodeFactory.createURI(iri.str());
                }
            } catch (IRIException e) {
                return literal(text);
            }
            return literal(text);
        }
    }
}
