package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    @Test
    void splitsOnNewlinesDropsCarriageReturnsAndTheLeadingBom() throws IOException {
        LineReader r = reader("\uFEFFone\r\ntwo\n\nthree \uFEFF", 1 << 20);
        assertEquals(new LineReader.Line(1, "one", null), r.next());
        assertEquals(new LineReader.Line(2, "two", null), r.next());
        assertEquals(new LineReader.Line(3, "", null), r.next());
        assertEquals(new LineReader.Line(4, "three \uFEFF", null), r.next());
        assertNull(r.next());
    }

    @Test
    void overlongLineIsFlaggedAndTheNextLineIsIntact() throws IOException {
        LineReader r = reader("x".repeat(100) + "\nshort\n", 10);
        LineReader.Line longLine = r.next();
        assertEquals("line longer than 10 bytes (100 bytes)", longLine.problem());
        assertEquals("x".repeat(10), longLine.text());
        assertEquals(new LineReader.Line(2, "short", null), r.next());
    }

    @Test
    void invalidUtf8IsFlaggedWithItsByteOffset() throws IOException {
        LineReader r = new LineReader(new ByteArrayInputStream(new byte[] {'o', 'k', '\n', 'a', (byte) 0xC3, '(', '\n'}));
        assertTrue(r.next().ok());
        LineReader.Line bad = r.next();
        assertEquals(2, bad.number());
        assertEquals("not valid UTF-8: byte 0xC3 at byte 2 of the line", bad.problem());
        assertEquals("a\uFFFD(", bad.text());
    }

    private static LineReader reader(String text, int max) {
        return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }
}
