package org.claimgraph.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {
    private static final String TEXT = "We propose X. X improves GSM8K by 10.5%. It scores 92 on <MATH> & more.";

    @Test
    void placesSpansByStoredOffsetsWhenTheTextThereIsTheSentence() {
        int start = TEXT.indexOf("X improves");
        int end = TEXT.indexOf("It scores") - 1;
        List<Highlighter.Span> spans = Highlighter.place(TEXT,
                List.of(new Highlighter.Evidence(1, "improvement", TEXT.substring(start, end), start, end)));
        assertEquals("We propose X. <mark class=\"kind-improvement\" id=\"ev-1\" data-claims=\"1\" title=\"claim 1\">"
                + "X improves GSM8K by 10.5%.</mark> It scores 92 on &lt;MATH&gt; &amp; more.", Highlighter.markup(TEXT, spans));
    }

    @Test
    void findsTheSentenceWhenTheOffsetsAreWrongAndSkipsWhatIsNotThere() {
        String sentence = "It scores 92 on <MATH> & more.";
        List<Highlighter.Span> spans = Highlighter.place(TEXT, List.of(
                new Highlighter.Evidence(1, "absolute", sentence, 0, 5),
                new Highlighter.Evidence(2, "ratio", "Not in the abstract.", 3, 10)));
        assertEquals(1, spans.size());
        assertEquals(TEXT.indexOf(sentence), spans.get(0).start());
        assertEquals("ev-1", Highlighter.anchor(spans, 1));
        assertNull(Highlighter.anchor(spans, 2));
        assertEquals(true, Highlighter.markup(TEXT, spans).endsWith(">It scores 92 on &lt;MATH&gt; &amp; more.</mark>"));
    }

    @Test
    void claimsCitingOneSentenceShareOneMarkAndOverlapsSplit() {
        String first = "X improves GSM8K by 10.5%.";
        int at = TEXT.indexOf(first);
        List<Highlighter.Span> spans = Highlighter.place(TEXT, List.of(
                new Highlighter.Evidence(1, "improvement", first, at, at + first.length()),
                new Highlighter.Evidence(2, "improvement", first, at, at + first.length()),
                new Highlighter.Evidence(3, "absolute", "GSM8K by 10.5%. It", -1, -1)));
        String html = Highlighter.markup(TEXT, spans);
        assertEquals("We propose X. <mark class=\"kind-improvement\" id=\"ev-1\" data-claims=\"1 2\" title=\"claim 1, 2\">"
                + "X improves </mark><mark class=\"kind-improvement kind-absolute\" id=\"ev-1\" data-claims=\"1 2 3\""
                + " title=\"claim 1, 2, 3\">GSM8K by 10.5%.</mark><mark class=\"kind-absolute\" id=\"ev-3\" data-claims=\"3\""
                + " title=\"claim 3\"> It</mark> scores 92 on &lt;MATH&gt; &amp; more.", html);
        assertEquals("ev-1", Highlighter.anchor(spans, 2));
    }
}
