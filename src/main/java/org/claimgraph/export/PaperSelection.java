package org.claimgraph.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.system.Txn;

/**
 * Which papers an export covers: every paper, the one paper with a given id ({@code export --graph}),
 * or the papers loaded at or after an instant ({@code export --since}); both filters together
 * select that paper only if it was loaded since then.
 *
 * <p>Design decision: a paper's load time is the {@code prov:endedAtTime} of its extraction
 * activity, which sits in the paper's own graph and is rewritten whenever a load replaces that
 * graph. Every paper of one {@code load} run carries the same time, the moment the run started,
 * so "since" selects whole runs; no second timestamp is added to the model for this.
 *
 * @param paperId the id ({@code dcterms:identifier}) of the only paper to export, or null
 * @param loadedSince the earliest load time to export, or null
 */
public record PaperSelection(String paperId, Instant loadedSince) {
    /** Every paper in the store. */
    public static final PaperSelection ALL = new PaperSelection(null, null);

    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;
    private static final String EVERY_PAPER = PREFIXES + """
            SELECT DISTINCT ?graph ?id WHERE {
              GRAPH ?graph { ?graph a cg:Paper OPTIONAL { ?graph dcterms:identifier ?id } }
            }
            ORDER BY ?id ?graph
            """;
    private static final String PAPER_BY_ID = PREFIXES + """
            SELECT DISTINCT ?graph ?id WHERE {
              GRAPH ?graph { ?graph a cg:Paper ; dcterms:identifier ?paperId }
              BIND(STR(?paperId) AS ?id)
            }
            ORDER BY ?graph
            """;
    private static final String LOADED_SINCE = PREFIXES + """
            SELECT DISTINCT ?graph ?id WHERE {
              GRAPH ?graph {
                ?graph a cg:Paper .
                ?activity prov:used ?graph ;
                          prov:endedAtTime ?loaded .
                OPTIONAL { ?graph dcterms:identifier ?id }
              }
              FILTER(?loaded >= ?since)
            }
            ORDER BY ?id ?graph
            """;

    public PaperSelection {
        if (paperId != null && paperId.isBlank()) {
            throw new IllegalArgumentException("paper id is blank");
        }
    }

    /** The paper whose {@code dcterms:identifier} is {@code id}. */
    public static PaperSelection paper(String id) {
        return new PaperSelection(Objects.requireNonNull(id, "id"), null);
    }

    /** The papers whose graph was (re)loaded at or after {@code since}. */
    public static PaperSelection loadedSince(Instant since) {
        return new PaperSelection(null, Objects.requireNonNull(since, "since"));
    }

    /** Whether this selects every paper. */
    public boolean isAll() {
        return paperId == null && loadedSince == null;
    }

    /**
     * An ISO-8601 date ({@code 2026-11-25}, meaning its start in UTC), a date-time with an offset
     * ({@code 2026-11-25T15:00:00+01:00}, {@code ...Z}) or without one (taken as UTC).
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public static Instant parseInstant(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw new IllegalArgumentException("'" + text + "' is not an ISO date (2026-11-25) or date-time"
                            + " (2026-11-25T15:00:00Z)", notDate);
                }
            }
        }
    }

    /**
     * The selected papers' graphs, ordered by paper id, read in the caller's transaction or a read
     * transaction of its own. An id the store does not hold selects nothing; see {@link #requireFound}.
     */
    List<StoredPaper> papers(Dataset ds) {
        ParameterizedSparqlString sparql;
        if (paperId != null) {
            sparql = new ParameterizedSparqlString(PAPER_BY_ID);
            sparql.setLiteral("paperId", paperId);
        } else if (loadedSince != null) {
            sparql = new ParameterizedSparqlString(LOADED_SINCE);
            sparql.setLiteral("since", loadedSince.toString(), XSDDatatype.XSDdateTime);
        } else {
            sparql = new ParameterizedSparqlString(EVERY_PAPER);
        }
        List<StoredPaper> papers = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql.asQuery()).build()) {
                qe.execSelect().forEachRemaining(row -> papers.add(storedPaper(row)));
            }
        });
        if (paperId != null && loadedSince != null) {
            return papers.stream().filter(p -> loadedSince(ds, p)).toList();
        }
        return papers;
    }

    /**
     * Fails when this names a paper the store does not hold: an export of nothing would look like
     * success.
     *
     * @throws NoSuchPaperException naming the id
     */
    void requireFound(Dataset ds) {
        if (paperId != null && new PaperSelection(paperId, null).papers(ds).isEmpty()) {
            throw new NoSuchPaperException(paperId);
        }
    }

    private boolean loadedSince(Dataset ds, StoredPaper paper) {
        return PaperSelection.loadedSince(loadedSince).papers(ds).contains(paper);
    }

    private static StoredPaper storedPaper(QuerySolution row) {
        Literal id = row.getLiteral("id");
        return new StoredPaper(row.getResource("graph"), id == null ? null : id.getLexicalForm());
    }
}
