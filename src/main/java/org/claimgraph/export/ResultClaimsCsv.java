package org.claimgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * The csv export: one row per result claim. Entity columns show the entity's name as the paper
 * wrote it (the smallest label in the paper's own graph that is not an alias), as claims-jsonl does.
 */
final class ResultClaimsCsv {
    static final String[] HEADER = {"paper", "method", "benchmark", "metric", "value", "unit", "kind", "baseline",
        "baseline_value", "confidence", "evidence"};

    private static final String QUERY = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            SELECT ?paper ?method ?benchmark ?metric ?value ?unit ?kind ?baseline ?baseline_value ?confidence ?evidence
            WHERE {
              {
                SELECT ?graph ?claim
                       (SUBSTR(MIN(?methodSort), 2) AS ?method)
                       (SUBSTR(MIN(?benchmarkSort), 2) AS ?benchmark)
                       (SUBSTR(MIN(?metricSort), 2) AS ?metric)
                       (SUBSTR(MIN(?baselineSort), 2) AS ?baseline)
                WHERE {
                  GRAPH ?graph {
                    ?claim a cg:ResultClaim ;
                           cg:statedIn ?graph .
                    OPTIONAL {
                      ?claim cg:method ?m . ?m rdfs:label ?ml .
                    }
                    OPTIONAL {
                      ?claim cg:benchmark ?b . ?b rdfs:label ?bl .
                    }
                    OPTIONAL {
                      ?claim cg:metric ?x . ?x rdfs:label ?xl .
                    }
                    OPTIONAL {
                      ?claim cg:baseline ?s . ?s rdfs:label ?sl .
                    }
                    BIND(CONCAT(IF(EXISTS { ?m skos:altLabel ?ml }, "1", "0"), STR(?ml)) AS ?methodSort)
                    BIND(CONCAT(IF(EXISTS { ?b skos:altLabel ?bl }, "1", "0"), STR(?bl)) AS ?benchmarkSort)
                    BIND(CONCAT(IF(EXISTS { ?x skos:altLabel ?xl }, "1", "0"), STR(?xl)) AS ?metricSort)
                    BIND(CONCAT(IF(EXISTS { ?s skos:altLabel ?sl }, "1", "0"), STR(?sl)) AS ?baselineSort)
                  }
                }
                GROUP BY ?graph ?claim
              }
              GRAPH ?graph {
                OPTIONAL { ?graph dcterms:identifier ?paper }
                OPTIONAL { ?claim cg:value ?value }
                OPTIONAL { ?claim cg:unit ?unit }
                OPTIONAL { ?claim cg:kind ?kindTerm }
                OPTIONAL { ?claim cg:baselineValue ?baseline_value }
                OPTIONAL { ?claim cg:confidence ?confidence }
                OPTIONAL { ?claim cg:evidence/oa:exact ?evidence }
              }
              BIND(LCASE(STRAFTER(STR(?kindTerm), "#")) AS ?kind)
              BIND(xsd:integer(STRAFTER(STR(?claim), "/result/")) AS ?resultNumber)
            }
            ORDER BY ?paper ?resultNumber ?claim
            """;

    private ResultClaimsCsv() {
    }

    /**
     * Writes the rows of every paper ({@code papers} null, one query over the store) or of the
     * papers given, in their order (the query once per paper, bound to its graph).
     */
    static void write(Dataset ds, List<StoredPaper> papers, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
            Query query = QueryFactory.create(QUERY);
            Txn.executeRead(ds, () -> {
                if (papers == null) {
                    print(printer, QueryExecution.dataset(ds).query(query));
                } else {
                    for (StoredPaper paper : papers) {
                        print(printer, QueryExecution.dataset(ds).query(query).substitution("graph", paper.graph()));
                    }
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the csv export", e);
        }
    }

    private static void print(CSVPrinter printer, QueryExecutionDatasetBuilder query) {
        try (QueryExecution qe = query.build()) {
            ResultSet rows = qe.execSelect();
            while (rows.hasNext()) {
                printRow(printer, rows.next());
            }
        }
    }

    private static void printRow(CSVPrinter printer, QuerySolution row) {
        try {
            for (String column : HEADER) {
                printer.print(text(row.get(column)));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the csv export", e);
        }
    }

    /** Plain text of a term; doubles as plain decimals ("0.83", not TDB2's canonical "0.83e0"). */
    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (!node.isLiteral()) {
            return node.toString();
        }
        Literal literal = node.asLiteral();
        String type = literal.getDatatypeURI();
        if (XSDDatatype.XSDdouble.getURI().equals(type) || XSDDatatype.XSDfloat.getURI().equals(type)) {
            try {
                return BigDecimal.valueOf(Double.parseDouble(literal.getLexicalForm())).toPlainString();
            } catch (NumberFormatException e) {
                return literal.getLexicalForm();
            }
        }
        return literal.getLexicalForm();
    }
}
