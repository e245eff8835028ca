package org.claimgraph.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesEveryCharacterThatCanEndTextOrAnAttribute() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
                Html.text("<script>alert(\"x\" & 'y')</script>"));
        assertEquals("GSM8K (+10.5%)", Html.text("GSM8K (+10.5%)"));
        assertEquals("", Html.text(null));
    }

    @Test
    void urlPartsAreFullyPercentEncoded() {
        assertEquals("a%20b%2Fc%3F%26%23%3C", Html.queryValue("a b/c?&#<"));
        assertEquals("GSM-8K", Html.pathSegment("GSM-8K"));
    }

    @Test
    void linksUseIdsWhenPlainAndKeysOtherwise() {
        assertEquals("/explore/paper/2409.08642", Links.paper("2409.08642"));
        assertEquals("/explore/paper/hepth9901001", Links.paper("hep-th/9901001"));
        assertEquals("/explore/entity/criticalplansteplearning", Links.entity("Critical Plan Step Learning"));
        assertEquals("/explore/benchmark/GSM8K", Links.benchmark("GSM8K"));
        assertEquals("/explore/search?q=%3Cb%3E%20x", Links.search("<b> x"));
    }
}
