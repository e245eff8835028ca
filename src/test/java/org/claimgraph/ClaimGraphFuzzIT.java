package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.claimgraph.bench.CorpusGenerator;
import org.claimgraph.ingest.InputFormat;
import org.claimgraph.ingest.PaperReaders;
import org.claimgraph.ingest.PaperSource;
import org.claimgraph.ingest.Reject;
import org.claimgraph.ingest.RejectSink;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.LoadSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing: thousands of mutated JSON Lines records go through a real load. Nothing may crash it,
 * and every record must end either in the store or in the rejects with a reason and a line.
 */
class ClaimGraphFuzzIT {
    private static final int RECORDS = 2_500;
    /** A NUL byte in a file's first 64 KiB refuses the whole file as binary (by design); later it rejects its line. */
    private static final long HEAD_BYTES = 128 * 1024;

    @TempDir
    Path tmp;

    @Test
    void everyMutatedRecordIsLoadedOrRejectedWithItsLine() throws IOException {
        Random random = new Random(20261125);
        ByteArrayOutputStream generated = new ByteArrayOutputStream();
        CorpusGenerator.standard().write(RECORDS, 3, generated);
        List<byte[]> records = new ArrayList<>();
        for (String line : generated.toString(StandardCharsets.UTF_8).split("\n")) {
            records.add(line.getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Integer> mutations = new TreeMap<>();
        Path input = tmp.resolve("fuzzed.jsonl");
        try (CountingOutputStream out = new CountingOutputStream(Files.newOutputStream(input))) {
            for (int i = 0; i < records.size(); i++) {
                String kind = MUTATIONS.get(random.nextInt(MUTATIONS.size()));
                mutations.merge(kind, 1, Integer::sum);
                byte[] mutated = mutate(kind, records.get(i), random);
                if (out.size() < HEAD_BYTES) {
                    mutated = noNul(mutated);
                }
                out.write(mutated);
                out.write('\n');
            }
        }
        assertTrue(mutations.size() == MUTATIONS.size(), "every mutation was used: " + mutations);

        List<Reject> rejects = Collections.synchronizedList(new ArrayList<>());
        RejectSink sink = rejects::add;
        LoadSummary summary;
        try (ClaimStore store = ClaimStore.openTdb2(tmp.resolve("db"));
             PaperSource source = PaperReaders.open(input, InputFormat.JSONL, sink)) {
            summary = ClaimGraph.builder().threads(2).build().load(source, sink, store, (c, n) -> { });
        }
        assertEquals(RECORDS, summary.papers() + rejects.size(),
                "loaded " + summary.papers() + " + rejected " + rejects.size() + " of " + RECORDS + " (" + mutations + ")");
        assertTrue(summary.papers() > RECORDS / 10, "some records survive their mutation: " + summary.papers());
        assertTrue(rejects.size() > RECORDS / 3, "most mutations are rejected: " + rejects.size());
        for (Reject r : rejects) {
            assertTrue(r.where().toString().contains("fuzzed.jsonl"), "reject without its file: " + r);
            assertTrue(r.where().line() >= 1 && r.where().line() <= RECORDS, "reject without a line: " + r);
            assertTrue(!r.reason().isBlank(), "reject without a reason: " + r);
        }
    }

    private static final List<String> MUTATIONS = List.of("none", "truncate", "random-bytes", "flip-byte",
            "invalid-utf8", "control-chars", "huge-field", "deep-nesting", "wrong-types", "ten-megabytes",
            "drop-field", "empty-object");

    private static byte[] mutate(String kind, byte[] record, Random r) {
        String text = new String(record, StandardCharsets.UTF_8);
        switch (kind) {
            case "none":
                return record;
            case "truncate":
                return java.util.Arrays.copyOf(record, 1 + r.nextInt(record.length - 1));
            case "random-bytes": {
                byte[] b = new byte[8 + r.nextInt(300)];
                r.nextBytes(b);
                return noNewlines(b);
            }
            case "flip-byte": {
                byte[] b = record.clone();
                b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                return noNewlines(b);
            }
            case "invalid-utf8": {
                byte[] b = record.clone();
                int at = text.indexOf("\"abstract\":\"") + 14;
                b[Math.min(at, b.length - 3)] = (byte) 0xC3;
                b[Math.min(at + 1, b.length - 2)] = (byte) 0x28;
                return b;
            }
            case "control-chars":
                return text.replace(" ", "\u0001 \u0007").replace(".", "\\u0000.").getBytes(StandardCharsets.UTF_8);
            case "huge-field":
                return text.replace("\"abstract\":\"", "\"abstract\":\"" + "word ".repeat(40_000))
                        .getBytes(StandardCharsets.UTF_8);
            case "deep-nesting":
                return ("{\"id\":\"x\",\"title\":\"t\",\"abstract\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}")
                        .getBytes(StandardCharsets.UTF_8);
            case "wrong-types":
                return text.replaceFirst("\"title\":\"[^\"]*\"", "\"title\":{\"a\":[1,2]}").getBytes(StandardCharsets.UTF_8);
            case "ten-megabytes":
                return r.nextInt(40) == 0 ? ("{\"id\":\"big\",\"title\":\"Big\",\"abstract\":\"" + "x".repeat(10_000_000)
                        + "\"}").getBytes(StandardCharsets.UTF_8) : record;
            case "drop-field":
                return text.replaceFirst(",\"abstract\":\"[^\"]*\"", "").getBytes(StandardCharsets.UTF_8);
            case "empty-object":
                return "{}".getBytes(StandardCharsets.UTF_8);
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    private static byte[] noNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                b[i] = 1;
            }
        }
        return b;
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        private long size;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        long size() {
            return size;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            size += len;
        }
    }

    /** Mutations stay inside their own line, so records and lines correspond one to one. */
    private static byte[] noNewlines(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                b[i] = ' ';
            }
        }
        return b;
    }
}
