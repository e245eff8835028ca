package org.claimgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.ClaimsRdfMapper;
import org.claimgraph.rdf.Provenance;

/** {@link ClaimValidator} on Jena SHACL; the shapes are parsed once. */
final class ShapesValidator implements ClaimValidator {
    static final String BUNDLED_SHAPES = "ontology/shapes.ttl";
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String COMPONENT = "ConstraintComponent";

    private final Shapes shapes;
    private final ClaimsRdfMapper mapper = ClaimsRdfMapper.create();

    ShapesValidator(Graph shapesGraph) {
        Objects.requireNonNull(shapesGraph, "shapesGraph");
        try {
            this.shapes = Shapes.parse(shapesGraph);
        } catch (ShaclException e) {
            throw new ValidationException("the SHACL shapes are not valid: " + e.getMessage(), e);
        }
    }

    static ShapesValidator bundled() {
        try (InputStream in = ShapesValidator.class.getClassLoader().getResourceAsStream(BUNDLED_SHAPES)) {
            if (in == null) {
                throw new ValidationException("the SHACL shapes " + BUNDLED_SHAPES + " are not on the classpath");
            }
            Graph g = GraphMemFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new ShapesValidator(g);
        } catch (IOException | RiotException e) {
            throw new ValidationException("cannot read the SHACL shapes " + BUNDLED_SHAPES + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ValidationReport validate(Graph graph) {
        Objects.requireNonNull(graph, "graph");
        return new ValidationReport(count(graph, CG.Paper.asNode()), claims(graph), check(graph));
    }

    @Override
    public ValidationReport validate(PaperClaims claims, Provenance provenance) {
        DatasetGraph paper = DatasetGraphFactory.createGeneral();
        mapper.write(claims, provenance, StreamRDFLib.dataset(paper));
        return validate(paper.getGraph(ClaimsRdfMapper.graphOf(claims.paper())));
    }

    @Override
    public ValidationReport validatePapers(Dataset ds) {
        Objects.requireNonNull(ds, "ds");
        DatasetGraph dsg = ds.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            long papers = 0;
            long claims = 0;
            List<Violation> violations = new ArrayList<>();
            for (Iterator<Node> graphs = dsg.listGraphNodes(); graphs.hasNext(); ) {
                Node name = graphs.next();
                Graph copy = GraphMemFactory.createDefaultGraph();
                dsg.getGraph(name).find().forEachRemaining(copy::add);
                papers += count(copy, CG.Paper.asNode());
                claims += claims(copy);
                check(copy).forEach(v -> violations.add(v.in(name)));
            }
            return new ValidationReport(papers, claims, violations);
        });
    }

    @Override
    public ValidationReport validateUnion(Dataset ds) {
        Objects.requireNonNull(ds, "ds");
        DatasetGraph dsg = ds.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> validate(dsg.getUnionGraph()));
    }

    private List<Violation> check(Graph data) {
        org.apache.jena.shacl.ValidationReport report = ShaclValidator.get().validate(shapes, data);
        if (report.conforms()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            violations.add(new Violation(null, e.focusNode(), e.resultPath(), e.message(), e.value(),
                    component(e.sourceConstraintComponent())));
        }
        return violations;
    }

    private static String component(Node component) {
        if (component == null || !component.isURI()) {
            return "Unknown";
        }
        String iri = component.getURI();
        String name = iri.startsWith(SH) ? iri.substring(SH.length()) : iri;
        return name.endsWith(COMPONENT) ? name.substring(0, name.length() - COMPONENT.length()) : name;
    }

    private static long claims(Graph g) {
        return count(g, CG.ResultClaim.asNode()) + count(g, CG.ProposalClaim.asNode());
    }

    /** Distinct subjects typed {@code type}; distinct because a union graph may repeat a triple per paper. */
    private static long count(Graph g, Node type) {
        Set<Node> subjects = new HashSet<>();
        g.find(Node.ANY, RDF.Nodes.type, type).forEachRemaining(t -> subjects.add(t.getSubject()));
        return subjects.size();
    }
}
