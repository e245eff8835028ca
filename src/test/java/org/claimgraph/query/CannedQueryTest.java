package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CannedQueryTest {
    private static final List<String> SHIPPED = List.of("beats-baseline", "benchmark-cooccurrence", "leaderboard",
            "methods-for-task", "paper-claims", "top-benchmarks");

    @Test
    void availableListsTheShippedQueries() {
        assertTrue(CannedQuery.available().containsAll(SHIPPED), () -> "available: " + CannedQuery.available());
    }

    @Test
    void everyShippedQueryLoadsAndDocumentsItself() {
        for (String name : CannedQuery.available()) {
            CannedQuery q = CannedQuery.load(name);
            assertEquals(name, q.name());
            assertTrue(!q.summary().isEmpty(), name + " has no summary line");
            assertTrue(q.text().contains("# Example: claimgraph query"), name + " has no example");
        }
    }

    @Test
    void headerDeclaresTheParameters() {
        assertEquals(List.of(new QueryParameter("benchmark", QueryParameter.Kind.KEY,
                        "name or alias of the benchmark or dataset (\"GSM-8K\", \"gsm8k\" and \"GSM8K\" are one benchmark)")),
                CannedQuery.load("leaderboard").parameters());
        assertEquals("baseline", CannedQuery.load("beats-baseline").parameters().get(0).name());
        assertEquals("paper", CannedQuery.load("paper-claims").parameters().get(0).name());
        assertEquals("task", CannedQuery.load("methods-for-task").parameters().get(0).name());
        assertEquals(List.of(), CannedQuery.load("top-benchmarks").parameters());
        assertEquals(List.of(), CannedQuery.load("benchmark-cooccurrence").parameters());
        assertTrue(CannedQuery.load("leaderboard").summary().startsWith("Leaderboard:"));
    }

    @Test
    void unknownNameListsTheAvailableOnes() {
        QueryException e = assertThrows(QueryException.class, () -> CannedQuery.load("leaderbord"));
        assertTrue(e.getMessage().contains("unknown query 'leaderbord'"), e.getMessage());
        for (String name : SHIPPED) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        assertThrows(QueryException.class, () -> CannedQuery.load("../pom"));
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.rq");
        Files.writeString(file, "# Broken on purpose.\nSELECT ?s WHERE {\n  ?s ?p\n}\n", StandardCharsets.UTF_8);
        QueryException e = assertThrows(QueryException.class, () -> CannedQuery.load(file.toString()));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line 4, column 1"), e.getMessage());
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("absent.rq");
        QueryException e = assertThrows(QueryException.class, () -> CannedQuery.load(file.toString()));
        assertTrue(e.getMessage().contains("not found") && e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void malformedParamLineIsReportedWithItsLine() {
        QueryException e = assertThrows(QueryException.class, () -> CannedQuery.fromText("q", "test.rq",
                "# Summary.\n# @param benchmark fuzzy something\nSELECT * WHERE { ?s ?p ?benchmark }"));
        assertTrue(e.getMessage().startsWith("test.rq:2:"), e.getMessage());
    }

    @Test
    void parameterTheQueryDoesNotUseIsRejected() {
        QueryException e = assertThrows(QueryException.class, () -> CannedQuery.fromText("q", "test.rq",
                "# @param benchmark key the benchmark\nSELECT * WHERE { ?s ?p ?benchmark }"));
        assertTrue(e.getMessage().contains("?benchmarkKey"), e.getMessage());
    }

    @Test
    void unknownParameterIsNamedWithTheAcceptedOnes() {
        QueryException e = assertThrows(QueryException.class,
                () -> CannedQuery.load("leaderboard").bind(Map.of("benchmark", "GSM8K", "dataset", "MATH")));
        assertTrue(e.getMessage().contains("no parameter dataset"), e.getMessage());
        assertTrue(e.getMessage().contains("it takes: benchmark"), e.getMessage());
    }

    @Test
    void missingParameterIsNamed() {
        QueryException e = assertThrows(QueryException.class, () -> CannedQuery.load("leaderboard").bind(Map.of()));
        assertTrue(e.getMessage().contains("needs parameter benchmark"), e.getMessage());
    }

    @Test
    void valueWithoutLettersOrDigitsCannotMatchAName() {
        QueryException e = assertThrows(QueryException.class,
                () -> CannedQuery.load("leaderboard").bind(Map.of("benchmark", "-- !")));
        assertTrue(e.getMessage().contains("no letters or digits"), e.getMessage());
    }

    @Test
    void keyParameterIsBoundAsTheNormalisedLiteral() {
        Query q = CannedQuery.load("leaderboard").bind(Map.of("benchmark", "GSM-8K"));
        assertTrue(Pattern.compile("cg:matchKey\\s+\"gsm8k\"").matcher(q.toString()).find(),
                q::toString);
        assertTrue(!q.toString().contains("?benchmarkKey"), q::toString);
    }

    @Test
    void textValueWithSparqlSyntaxStaysOneLiteral() {
        CannedQuery q = CannedQuery.fromText("by-title", "test.rq", """
                # Papers with exactly this title.
                # @param title text the exact title
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?paper WHERE { ?paper dcterms:title ?title }
                """);
        String hostile = "x\" } DROP ALL #";
        Query bound = q.bind(Map.of("title", hostile));
        List<String> objects = new ArrayList<>();
        ElementWalker.walk(bound.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock block) {
                block.patternElts().forEachRemaining(t -> objects.add(t.getObject().getLiteralLexicalForm()));
            }
        });
        assertEquals(List.of(hostile), objects);
    }

    @Test
    void queryWithoutDeclaredParametersAcceptsItsVariables() {
        CannedQuery q = CannedQuery.fromText("adhoc", "adhoc.rq", "SELECT ?s WHERE { ?s ?p ?o }");
        assertEquals(Set.of("s", "p", "o"), q.acceptedParameters());
        q.bind(Map.of("o", "GSM8K"));
        QueryException e = assertThrows(QueryException.class, () -> q.bind(Map.of("x", "1")));
        assertTrue(e.getMessage().contains("no parameter x"), e.getMessage());
    }

    @Test
    void outputFormatByName() {
        assertEquals(OutputFormat.CSV, OutputFormat.fromName("csv"));
        assertEquals(OutputFormat.TABLE, OutputFormat.fromName("Table"));
        QueryException e = assertThrows(QueryException.class, () -> OutputFormat.fromName("xml"));
        assertTrue(e.getMessage().contains("table, csv, tsv, json"), e.getMessage());
    }

    @Test
    void aLimitReachesTheRankingSubQueryOnlyOfRankedQueries() {
        CannedQuery leaderboard = CannedQuery.load("leaderboard");
        assertTrue(leaderboard.ranked());
        Query top = leaderboard.bind(Map.of("benchmark", "GSM8K"), 10);
        assertEquals(10, top.getLimit());
        assertTrue(top.toString().matches("(?s).*ORDER BY DESC\\(\\?rank\\) \\?paperNode\\s+LIMIT\\s+10.*"), top.toString());
        assertEquals(Query.NOLIMIT, leaderboard.bind(Map.of("benchmark", "GSM8K")).getLimit());
        assertTrue(CannedQuery.load("explore-leaderboard").bind(Map.of("benchmark", "x"), 1000).toString()
                .contains("LIMIT   500"), "an own smaller limit stays");
        CannedQuery unranked = CannedQuery.fromText("sub", "test.rq", """
                # Not ranked.
                SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s } }
                """);
        assertFalse(unranked.ranked());
        Query q = unranked.bind(Map.of(), 5);
        assertEquals(5, q.getLimit());
        assertFalse(q.toString().matches("(?s).*ORDER BY \\?s\\s+LIMIT.*"), q.toString());
        assertThrows(QueryException.class, () -> leaderboard.bind(Map.of("benchmark", "x"), -1));
    }
}
