package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph export} run in-process as a user runs it, on the bundled data in a real TDB2 store. */
class ExportCommandIT {
    private static final Path BUNDLED = Path.of("data/daily-papers-jul-28.txt");
    private static final String CPL = "cpl-critical-plan-step-learning-boosts-llm-generalization-in-reasoning-tasks";
    private static final Pattern GRAPH_SUMMARY = Pattern.compile("exported (\\d+) papers; (\\d+) vertices, (\\d+) edges");

    @TempDir
    static Path shared;
    static Path db;
    static String between;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadTwice() throws IOException, InterruptedException {
        db = shared.resolve("db");
        CliRun first = CliRun.of("load", BUNDLED.toString(), "--db", db.toString(),
                "--rejects", shared.resolve("rejects.jsonl").toString());
        assertEquals(0, first.exit(), first.err());
        between = Instant.now().toString();
        Thread.sleep(20);
        Path later = shared.resolve("later.jsonl");
        Files.writeString(later, String.join("\n",
                "{\"id\": \"later-1\", \"title\": \"FooNet\", \"abstract\": \"We propose FooNet. FooNet reaches 91.2% accuracy on CIFAR-10.\"}",
                "{\"id\": \"later-2\", \"title\": \"BarNet\", \"abstract\": \"We introduce BarNet, which improves top-1 accuracy on ImageNet by 2.3% over ResNet-50.\"}",
                ""), StandardCharsets.UTF_8);
        CliRun second = CliRun.of("load", later.toString(), "--db", db.toString(),
                "--rejects", shared.resolve("rejects.jsonl").toString());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.err().contains("loaded 2 papers"), second.err());
    }

    @Test
    void graphFormatsAreChosenByTheFileNameAndCountedOnStderr() throws IOException {
        for (String name : List.of("entities.graphml", "entities.gexf", "entities.dot", "entities.graphml.gz")) {
            Path out = tmp.resolve(name);
            CliRun run = CliRun.of("export", "--db", db.toString(), "-o", out.toString());
            assertEquals(0, run.exit(), name + ": " + run.err());
            Matcher m = GRAPH_SUMMARY.matcher(run.err());
            assertTrue(m.find(), run.err());
            assertEquals(35, Integer.parseInt(m.group(1)));
            String text = new String(content(out), StandardCharsets.UTF_8);
            int vertices = Integer.parseInt(m.group(2));
            int edges = Integer.parseInt(m.group(3));
            if (name.contains("graphml")) {
                assertEquals(vertices, count(text, "<node "), name);
                assertEquals(edges, count(text, "<edge "), name);
            } else if (name.endsWith("gexf")) {
                assertTrue(text.contains("<gexf"), name);
                assertEquals(vertices, count(text, "<node "), name);
                assertEquals(edges, count(text, "<edge "), name);
            } else {
                assertTrue(text.startsWith("digraph claimgraph {"), name);
                assertEquals(edges, count(text, " -> "), name);
            }
        }
    }

    @Test
    void gzipByNameHoldsTheSameTriplesAsThePlainFile() {
        Path plain = tmp.resolve("all.ttl");
        Path gz = tmp.resolve("all.ttl.gz");
        assertEquals(0, CliRun.of("export", "--db", db.toString(), "-o", plain.toString()).exit());
        CliRun run = CliRun.of("export", "--db", db.toString(), "-o", gz.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("as ttl to " + gz), run.err());
        byte[] compressed = bytes(gz);
        assertEquals(0x1f, compressed[0] & 0xff);
        assertEquals(0x8b, compressed[1] & 0xff);
        Graph a = GraphFactory.createDefaultGraph();
        Graph b = GraphFactory.createDefaultGraph();
        RDFParser.source(plain).lang(Lang.TURTLE).parse(a);
        RDFParser.source(new ByteArrayInputStream(content(gz))).lang(Lang.TURTLE).parse(b);
        assertTrue(a.size() > 1000);
        assertTrue(a.isIsomorphicWith(b));
    }

    /** Exports go to the process's standard output as bytes (not picocli's writer), so this captures System.out. */
    @Test
    void oneGraphToStandardOutput() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream original = System.out;
        CliRun run;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            run = CliRun.of("export", "--db", db.toString(), "--graph", CPL, "--format", "nq");
        } finally {
            System.setOut(original);
        }
        assertEquals(0, run.exit(), run.err());
        DatasetGraph back = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(stdout.toString(StandardCharsets.UTF_8), Lang.NQUADS).parse(back);
        List<String> graphs = new ArrayList<>();
        back.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        assertEquals(List.of("https://w3id.org/claimgraph/id/paper/" + CPL), graphs);
        assertTrue(run.err().contains("exported 1 paper from"), run.err());
    }

    @Test
    void sinceSelectsTheLaterLoadInEveryFormatFamily() throws IOException {
        Path claims = tmp.resolve("later.jsonl");
        CliRun run = CliRun.of("export", "--db", db.toString(), "--since", between, "-o", claims.toString());
        assertEquals(0, run.exit(), run.err());
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(claims, StandardCharsets.UTF_8)) {
            ids.add(json.readTree(line).get("id").asText());
        }
        assertEquals(List.of("later-1", "later-2"), ids);

        Path csv = tmp.resolve("later.csv");
        assertEquals(0, CliRun.of("export", "--db", db.toString(), "--since", between, "-o", csv.toString()).exit());
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(rows.size() >= 2, rows.toString());
        assertTrue(rows.stream().skip(1).allMatch(r -> r.startsWith("later-")), rows.toString());

        Path all = tmp.resolve("all.jsonl");
        CliRun day = CliRun.of("export", "--db", db.toString(), "--since", "1970-01-01", "--format", "claims-jsonl",
                "-o", all.toString());
        assertEquals(0, day.exit(), day.err());
        assertEquals(35, Files.readAllLines(all, StandardCharsets.UTF_8).size());
    }

    @Test
    void badSelectionsAndNamesFailClearly() {
        Path out = tmp.resolve("missing.nq");
        CliRun unknown = CliRun.of("export", "--db", db.toString(), "--graph", "no-such-paper", "-o", out.toString());
        assertEquals(ExitCodes.INPUT, unknown.exit());
        assertTrue(unknown.err().contains("no paper with id 'no-such-paper'"), unknown.err());
        assertFalse(Files.exists(out), "a failed export left a file");
        assertEquals(List.of(), files(tmp), "a failed export left a temporary file");

        CliRun since = CliRun.of("export", "--db", db.toString(), "--since", "last week", "--format", "nq");
        assertEquals(ExitCodes.USAGE, since.exit());
        assertTrue(since.err().contains("'last week' is not an ISO date"), since.err());

        CliRun noFormat = CliRun.of("export", "--db", db.toString(), "-o", tmp.resolve("out.xlsx").toString());
        assertEquals(ExitCodes.USAGE, noFormat.exit());
        assertTrue(noFormat.err().contains("out.xlsx"), noFormat.err());

        CliRun badFormat = CliRun.of("export", "--db", db.toString(), "--format", "turtle");
        assertEquals(ExitCodes.USAGE, badFormat.exit());
        assertTrue(badFormat.err().contains("graphml"), badFormat.err());
    }

    @Test
    void formatOptionWinsOverTheExtension() {
        Path out = tmp.resolve("triples.txt");
        CliRun run = CliRun.of("export", "--db", db.toString(), "--graph", CPL, "--format", "nt", "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(out).lang(Lang.NTRIPLES).parse(back);
        assertTrue(back.size() > 20);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] content(Path file) {
        if (!file.getFileName().toString().endsWith(".gz")) {
            return bytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
