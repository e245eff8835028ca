package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files: gzip by name, nothing visible before commit, nothing left behind by a failure. */
class ExportFileTest {
    private static final byte[] TEXT = "<urn:s> <urn:p> \"ö\" .\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void gzNameWritesGzipOthersPlain() throws IOException {
        Path gz = dir.resolve("out.nt.gz");
        Path plain = dir.resolve("out.nt");
        for (Path target : List.of(gz, plain)) {
            try (ExportFile file = ExportFile.create(target)) {
                file.out().write(TEXT);
                file.commit();
            }
        }
        byte[] compressed = Files.readAllBytes(gz);
        assertEquals(0x1f, compressed[0] & 0xff);
        assertEquals(0x8b, compressed[1] & 0xff);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            assertArrayEquals(TEXT, in.readAllBytes());
        }
        assertArrayEquals(TEXT, Files.readAllBytes(plain));
        assertEquals(List.of("out.nt", "out.nt.gz"), names());
    }

    @Test
    void withoutCommitNothingIsWrittenAndAnEarlierFileStays() throws IOException {
        Path target = dir.resolve("out.ttl");
        Files.writeString(target, "earlier", StandardCharsets.UTF_8);
        try (ExportFile file = ExportFile.create(target)) {
            file.out().write(TEXT);
            file.out().flush();
            assertEquals("earlier", Files.readString(target, StandardCharsets.UTF_8), "visible before commit");
        }
        assertEquals("earlier", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("out.ttl"), names(), "the temporary file is removed");
    }

    @Test
    void missingFolderIsNamed() {
        Path target = dir.resolve("no-such-folder").resolve("out.ttl");
        ExportException e = assertThrows(ExportException.class, () -> ExportFile.create(target));
        assertTrue(e.getMessage().contains("no-such-folder"), e.getMessage());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
