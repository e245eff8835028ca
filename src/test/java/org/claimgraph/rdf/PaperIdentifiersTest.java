package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SchemaDO;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaperIdentifiersTest {
    private static Paper paper(String id, String url) {
        return new Paper(id, "A title", "An abstract.", List.of(), null, url, List.of(), new SourcePosition("test.jsonl", 1));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "2311.12047, -, 2311.12047",
        "2311.12047v3, -, 2311.12047",
        "arXiv:1706.03762, -, 1706.03762",
        "0704.0001, -, 0704.0001",
        "hep-th/9901001, -, hep-th/9901001",
        "math.gt/0309136v2, -, math.GT/0309136",
        "some-title-slug, https://arxiv.org/abs/2407.20266v1, 2407.20266",
        "some-title-slug, https://arxiv.org/pdf/2407.20266.pdf, 2407.20266",
        "some-title-slug, https://example.org/2407.20266, -",
        "12345.678, -, -",
        "2311.120, -, -",
        "cpl-critical-plan-step-learning, -, -",
    })
    void arxivIdFromIdOrUrl(String id, String url, String expected) {
        assertEquals(Optional.ofNullable(expected), PaperIdentifiers.arxivId(paper(id, url)));
    }

    @Test
    void arxivPapersLinkToTheirAbstractPageAndCarryTheirId() {
        Paper arxiv = paper("2311.12047v2", "https://arxiv.org/abs/2311.12047v2");
        PaperClaims claims = new PaperClaims(arxiv, List.of(), List.of(), List.of(), List.of(), List.of());
        Graph g = ClaimsRdfMapperGoldenTest.map(claims).getGraph(ClaimsRdfMapper.graphOf(arxiv));
        Node node = ClaimsRdfMapper.graphOf(arxiv);
        assertTrue(g.contains(node, NodeFactory.createURI("http://purl.org/spar/fabio/hasArXivId"),
                NodeFactory.createLiteralString("2311.12047")));
        assertTrue(g.contains(node, SchemaDO.sameAs.asNode(), NodeFactory.createURI("https://arxiv.org/abs/2311.12047")));

        Paper slug = paper("a-title", null);
        Graph none = ClaimsRdfMapperGoldenTest.map(new PaperClaims(slug, List.of(), List.of(), List.of(), List.of(), List.of()))
                .getGraph(ClaimsRdfMapper.graphOf(slug));
        assertFalse(none.contains(Node.ANY, SchemaDO.sameAs.asNode(), Node.ANY));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "10.1145/3292500.3330701, -, 10.1145/3292500.3330701",
        "doi:10.18653/V1/N19-1423, -, 10.18653/v1/n19-1423",
        "a-slug, https://doi.org/10.1162/tacl_a_00051, 10.1162/tacl_a_00051",
        "a-slug, https://dx.doi.org/10.1000/xyz(1), 10.1000/xyz(1)",
        "10.1000/has space, -, -",
        "10.1000/bad<angle>, -, -",
        "2311.12047, -, -",
    })
    void doiFromIdOrUrl(String id, String url, String expected) {
        assertEquals(Optional.ofNullable(expected), PaperIdentifiers.doi(paper(id, url)));
    }
}
