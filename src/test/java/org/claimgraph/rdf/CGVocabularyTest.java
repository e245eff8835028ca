package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;

/** {@link CG} and {@code ontology/claimgraph.ttl} must declare the same terms. */
class CGVocabularyTest {
    static final Path ONTOLOGY = Path.of("ontology/claimgraph.ttl");
    static final Path ALIGNMENTS = Path.of("ontology/alignments.ttl");

    /**
     * External terms the ontology may refer to, each checked against the vocabulary's own published
     * file (ML-Schema MLSchema.ttl, FaBiO, PROV-O, the W3C OA vocabulary, schema.org, SKOS, DCMI,
     * Linked Papers With Code's linkedpaperswithcode-ontology.ttl) or, for ORKG, against the IRIs its
     * endpoint and the SciQA benchmark queries use. A misspelt alignment IRI fails here.
     */
    private static final Set<String> VERIFIED_EXTERNAL = Set.of(
            "http://www.w3.org/ns/mls#InformationEntity", "http://www.w3.org/ns/mls#Algorithm",
            "http://www.w3.org/ns/mls#Model", "http://www.w3.org/ns/mls#Implementation",
            "http://www.w3.org/ns/mls#Dataset", "http://www.w3.org/ns/mls#EvaluationMeasure",
            "http://www.w3.org/ns/mls#Task", "http://www.w3.org/ns/mls#ModelEvaluation",
            "http://www.w3.org/ns/mls#specifiedBy", "http://www.w3.org/ns/mls#hasValue",
            "https://schema.org/ScholarlyArticle", "https://schema.org/Dataset", "https://schema.org/Claim",
            "http://purl.org/spar/fabio/ResearchPaper",
            "http://www.w3.org/ns/prov#Entity", "http://www.w3.org/ns/prov#wasDerivedFrom",
            "http://www.w3.org/ns/oa#TextQuoteSelector", "http://www.w3.org/ns/oa#TextPositionSelector",
            "http://www.w3.org/2004/02/skos/core#hiddenLabel",
            "http://purl.org/dc/terms/BibliographicResource", "http://purl.org/dc/terms/subject",
            "https://schema.org/appearance",
            "http://orkg.org/orkg/class/Paper", "http://orkg.org/orkg/class/Dataset",
            "http://orkg.org/orkg/class/Metric", "http://orkg.org/orkg/class/Problem",
            "http://orkg.org/orkg/predicate/HAS_DATASET", "http://orkg.org/orkg/predicate/HAS_MODEL",
            "http://orkg.org/orkg/predicate/HAS_METRIC", "http://orkg.org/orkg/predicate/HAS_VALUE",
            "https://linkedpaperswithcode.com/class/paper", "https://linkedpaperswithcode.com/class/method",
            "https://linkedpaperswithcode.com/class/model", "https://linkedpaperswithcode.com/class/dataset",
            "https://linkedpaperswithcode.com/class/task", "https://linkedpaperswithcode.com/class/evaluation",
            "https://linkedpaperswithcode.com/property/hasMethod", "https://linkedpaperswithcode.com/property/hasTask",
            "https://linkedpaperswithcode.com/property/hasModel", "https://linkedpaperswithcode.com/property/hasDataset",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement", "http://www.w3.org/ns/prov#Activity");

    /** The vocabulary RDF-MODEL.md agrees on: classes, ResultKind individuals, properties. */
    private static final Set<String> AGREED = Set.of(
            "Paper", "Entity", "Method", "Model", "Framework", "Dataset", "Benchmark", "Metric", "Task", "Claim",
            "ResultClaim", "ProposalClaim", "ResultKind", "Absolute", "Improvement", "Reduction", "Ratio",
            "proposes", "evaluatedOn", "addressesTask", "usesMetric", "hasClaim", "statedIn", "proposedEntity",
            "method", "benchmark", "metric", "baseline", "kind", "evidence", "value", "unit", "baselineValue",
            "confidence", "matchKey", "canonical",
            "EntityLink", "EntityLookup", "linkScore", "matchedName", "lookupQuery",
            // the leaderboard's copies (issue 5), not in RDF-MODEL.md
            "paperId", "methodName", "benchmarkName", "metricName", "baselineName", "rankKey");

    static Model ontology() {
        return RDFParser.source(ONTOLOGY).toModel();
    }

    static Set<String> declaredCgTerms() {
        Set<String> declared = new HashSet<>();
        ontology().listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(CG.NS)) {
                declared.add(s.getURI());
            }
        });
        return declared;
    }

    static Map<String, Resource> cgConstants() throws IllegalAccessException {
        Map<String, Resource> constants = new java.util.TreeMap<>();
        for (Field f : CG.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Resource.class.isAssignableFrom(f.getType())) {
                constants.put(f.getName(), (Resource) f.get(null));
            }
        }
        return constants;
    }

    @Test
    void ontologyParsesAndDescribesItself() {
        Model m = ontology();
        Resource ontology = m.getResource(CG.ONTOLOGY);
        assertTrue(m.contains(ontology, RDF.type, OWL.Ontology));
        assertTrue(m.contains(ontology, OWL.versionInfo));
        for (String p : new String[] {"title", "description", "license", "creator"}) {
            assertTrue(m.contains(ontology, m.createProperty("http://purl.org/dc/terms/", p)), "dcterms:" + p);
        }
    }

    @Test
    void everyConstantIsDeclaredWithTheRightKindLabelAndComment() throws IllegalAccessException {
        Model m = ontology();
        Map<String, Resource> constants = cgConstants();
        assertEquals(AGREED, constants.keySet(), "the terms RDF-MODEL.md lists, and the leaderboard's copies");
        for (Map.Entry<String, Resource> c : constants.entrySet()) {
            Resource term = m.getResource(c.getValue().getURI());
            assertEquals(CG.NS + c.getKey(), term.getURI(), "constant name and IRI agree");
            assertTrue(term.hasProperty(RDFS.label), c.getKey() + " has no rdfs:label");
            assertTrue(term.hasProperty(RDFS.comment), c.getKey() + " has no rdfs:comment");
            Resource kind = c.getValue() instanceof Property
                    ? (term.hasProperty(RDF.type, OWL.DatatypeProperty) ? OWL.DatatypeProperty : OWL.ObjectProperty)
                    : (term.hasProperty(RDF.type, CG.ResultKind) ? CG.ResultKind : OWL.Class);
            assertTrue(term.hasProperty(RDF.type, kind), c.getKey() + " is not declared as " + kind.getLocalName());
        }
    }

    @Test
    void everyDeclaredCgTermHasAConstant() throws IllegalAccessException {
        Set<String> constants = new HashSet<>();
        cgConstants().values().forEach(r -> constants.add(r.getURI()));
        Set<String> missing = new TreeSet<>(declaredCgTerms());
        missing.removeAll(constants);
        assertTrue(missing.isEmpty(), "declared in the TTL but not in CG: " + missing);
    }

    @Test
    void everyCgTermTheOntologyMentionsIsDeclared() {
        Set<String> declared = declaredCgTerms();
        Set<String> undeclared = new TreeSet<>();
        for (Statement s : ontology().add(alignments()).listStatements().toList()) {
            for (RDFNode n : new RDFNode[] {s.getPredicate(), s.getObject()}) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(CG.NS)
                        && !declared.contains(n.asResource().getURI())) {
                    undeclared.add(n.asResource().getURI());
                }
            }
        }
        assertTrue(undeclared.isEmpty(), "used but not declared: " + undeclared);
    }

    @Test
    void resultKindsAreTheEnumeratedIndividuals() {
        Model m = ontology();
        for (Resource kind : new Resource[] {CG.Absolute, CG.Improvement, CG.Reduction, CG.Ratio}) {
            assertTrue(m.contains(kind, RDF.type, CG.ResultKind), kind.getLocalName());
            assertTrue(m.contains(kind, RDF.type, OWL.NamedIndividual), kind.getLocalName());
        }
        assertTrue(m.contains(CG.ResultKind, OWL.oneOf));
    }

    @Test
    void datatypePropertiesHaveTheAgreedRanges() {
        Model m = ontology();
        assertTrue(m.contains(CG.value, RDFS.range, XSD.decimal));
        assertTrue(m.contains(CG.baselineValue, RDFS.range, XSD.decimal));
        assertTrue(m.contains(CG.confidence, RDFS.range, XSD.xdouble));
        assertTrue(m.contains(CG.unit, RDFS.range, XSD.xstring));
        assertTrue(m.contains(CG.matchKey, RDFS.range, XSD.xstring));
    }

    static Model alignments() {
        return RDFParser.source(ALIGNMENTS).toModel();
    }

    @Test
    void coreOntologyKeepsOnlyItsOwnHierarchy() {
        Model m = ontology();
        assertTrue(m.contains(CG.ResultClaim, RDFS.subClassOf, CG.Claim));
        assertTrue(m.contains(CG.Benchmark, RDFS.subClassOf, CG.Dataset));
        for (Statement s : m.listStatements(null, RDFS.subClassOf, (RDFNode) null).toList()) {
            assertTrue(s.getObject().asResource().getURI().startsWith(CG.NS), "external superclass outside alignments.ttl: " + s);
        }
        for (Statement s : m.listStatements(null, RDFS.subPropertyOf, (RDFNode) null).toList()) {
            assertTrue(s.getObject().asResource().getURI().startsWith(CG.NS), "external superproperty outside alignments.ttl: " + s);
        }
    }

    @Test
    void alignsWithTheFieldsVocabularies() {
        Model m = alignments();
        Resource mls = m.createResource("http://www.w3.org/ns/mls#ModelEvaluation");
        assertTrue(m.contains(CG.ResultClaim, RDFS.subClassOf, mls));
        assertTrue(m.contains(CG.Paper, RDFS.subClassOf, m.createResource("https://schema.org/ScholarlyArticle")));
        assertTrue(m.contains(CG.Task, RDFS.subClassOf, m.createResource("http://orkg.org/orkg/class/Problem")));
        assertTrue(m.contains(CG.ResultClaim, RDFS.subClassOf, m.createResource("https://linkedpaperswithcode.com/class/evaluation")));
        assertTrue(m.contains(CG.Paper, RDFS.subClassOf, m.createResource("http://purl.org/spar/fabio/ResearchPaper")));
        assertTrue(m.contains(CG.value, RDFS.subPropertyOf, m.createResource("http://www.w3.org/ns/mls#hasValue")));
        assertTrue(m.contains(CG.metric, RDFS.subPropertyOf, m.createResource("http://www.w3.org/ns/mls#specifiedBy")));
        assertTrue(m.contains(CG.statedIn, RDFS.subPropertyOf, m.createResource("http://www.w3.org/ns/prov#wasDerivedFrom")));
    }

    @Test
    void refersOnlyToVerifiedExternalTerms() {
        Set<String> unverified = new TreeSet<>();
        for (Statement s : ontology().add(alignments()).listStatements().toList()) {
            if (!s.getPredicate().equals(RDFS.subClassOf) && !s.getPredicate().equals(RDFS.subPropertyOf)
                    && !s.getPredicate().equals(RDFS.range) && !s.getPredicate().equals(RDFS.domain)
                    && !s.getPredicate().equals(RDFS.seeAlso)) {
                continue;
            }
            RDFNode o = s.getObject();
            if (o.isURIResource()) {
                String iri = o.asResource().getURI();
                boolean local = iri.startsWith(CG.NS) || iri.startsWith(XSD.NS);
                boolean namespaceLink = iri.endsWith("#") || iri.endsWith("/");
                if (!local && !namespaceLink && !VERIFIED_EXTERNAL.contains(iri)) {
                    unverified.add(iri);
                }
            }
        }
        assertTrue(unverified.isEmpty(), "external terms not in the verified list: " + unverified);
        assertFalse(VERIFIED_EXTERNAL.isEmpty());
    }
}
