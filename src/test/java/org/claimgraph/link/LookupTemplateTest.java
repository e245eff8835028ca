package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LookupTemplateTest {
    static final LocalEntity GSM8K = new LocalEntity("https://w3id.org/claimgraph/id/dataset/gsm8k", EntityKind.DATASET,
            List.of("GSM-8K", "GSM8K"));

    @Test
    void shippedTemplatesLoadWithTheirSlotsAndLanguage() {
        for (String name : List.of("wikidata", "dbpedia", "orkg")) {
            LookupTemplate t = LookupTemplate.shipped(name);
            assertEquals(8, t.slots(), name);
            QueryFactory.create(t.bind(GSM8K));
        }
        assertEquals("en", LookupTemplate.shipped("wikidata").language());
        assertEquals("en", LookupTemplate.shipped("dbpedia").language());
        assertEquals("", LookupTemplate.shipped("orkg").language());
    }

    @Test
    void namesAreTheSurfaceFormsThenTheKeysSpellings() {
        assertEquals(List.of("GSM-8K", "GSM8K", "gsm8k"), LookupTemplate.shipped("wikidata").lookupNames(GSM8K));
    }

    @Test
    void valuesAreBoundAsEscapedLiteralsNotSpliced() {
        LocalEntity hostile = new LocalEntity("https://w3id.org/claimgraph/id/dataset/x", EntityKind.DATASET,
                List.of("x\"@en } } DELETE WHERE { ?s ?p ?o } #"));
        String text = LookupTemplate.shipped("wikidata").bind(hostile);
        Query q = QueryFactory.create(text);
        assertTrue(q.isSelectType());
        List<Node> names = valuesOf(q);
        assertTrue(names.stream().anyMatch(n -> n.isLiteral()
                && n.getLiteralLexicalForm().equals("x\"@en } } DELETE WHERE { ?s ?p ?o } #")
                && n.getLiteralLanguage().equals("en")), names.toString());
        assertTrue(text.contains("FILTER(?classKind = \"dataset\")"), text);
    }

    @Test
    void aUserTemplateNeedsSlotsAndTheRequiredColumns(@TempDir Path dir) throws Exception {
        Path noSlots = dir.resolve("a.rq");
        Files.writeString(noSlots, "SELECT ?item ?name ?match ?direct { ?item ?p ?name }", StandardCharsets.UTF_8);
        LinkException e = assertThrows(LinkException.class, () -> LookupTemplate.file(noSlots));
        assertTrue(e.getMessage().contains(noSlots.toString()) && e.getMessage().contains("?name1"), e.getMessage());

        Path noMatch = dir.resolve("b.rq");
        Files.writeString(noMatch, "SELECT ?item ?name { VALUES ?name { ?name1 } ?item ?p ?name FILTER(?kind != \"\") }",
                StandardCharsets.UTF_8);
        e = assertThrows(LinkException.class, () -> LookupTemplate.file(noMatch));
        assertTrue(e.getMessage().contains("?match"), e.getMessage());

        Path broken = dir.resolve("c.rq");
        Files.writeString(broken, "SELECT ?item ?name ?match ?direct {\n VALUES ?name { ?name1 }\n ?item ?p }", StandardCharsets.UTF_8);
        e = assertThrows(LinkException.class, () -> LookupTemplate.file(broken));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());

        assertThrows(LinkException.class, () -> LookupTemplate.file(dir.resolve("missing.rq")));
    }

    @Test
    void targetsResolveToTheirEndpointsAndGraphs() {
        LinkTarget wd = LinkTarget.of("wikidata", null);
        assertEquals(LinkTarget.WIKIDATA, wd.endpoint());
        assertEquals("https://w3id.org/claimgraph/id/graph/links/wikidata", wd.graphIri());
        assertFalse(wd.isLoopback());
        LinkTarget local = LinkTarget.of("http://127.0.0.1:3030/wd/sparql", null);
        assertTrue(local.isLoopback());
        assertEquals("127-0-0-1-3030-wd-sparql", local.name());
        assertEquals("wikidata", local.template().name());
        assertThrows(IllegalArgumentException.class, () -> LinkTarget.of("wikipedia", null));
        assertThrows(IllegalArgumentException.class, () -> LinkTarget.of("ftp://example.org/sparql", null));
    }

    private static List<Node> valuesOf(Query q) {
        List<Node> out = new java.util.ArrayList<>();
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
                data.getRows().forEach(b -> b.vars().forEachRemaining(v -> {
                    if (v.getVarName().equals("name")) {
                        out.add(b.get(v));
                    }
                }));
            }
        });
        return out;
    }
}
