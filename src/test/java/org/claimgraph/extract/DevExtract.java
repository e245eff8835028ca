package org.claimgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.export.ClaimsJsonWriter;
import org.claimgraph.ingest.InputFormat;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.PaperReaders;
import org.claimgraph.ingest.PaperSource;
import org.claimgraph.ingest.Reject;
import org.claimgraph.ingest.SourcePosition;
import org.claimgraph.nlp.OpenNlpAnalyzer;

/**
 * Dev harness: {@code DevExtract daily IN OUT} runs the bundled Daily Papers file,
 * {@code DevExtract pool IN.jsonl OUT [limit]} runs arXiv pool JSON Lines; both print abstracts/s.
 */
public final class DevExtract {
    private DevExtract() {
    }

    public static void main(String[] args) throws Exception {
        OpenNlpAnalyzer analyzer = OpenNlpAnalyzer.english();
        RuleBasedExtractor extractor = new RuleBasedExtractor();
        List<Paper> papers = new ArrayList<>();
        if (args[0].equals("daily")) {
            List<Reject> rejects = new ArrayList<>();
            try (PaperSource src = PaperReaders.open(Path.of(args[1]), InputFormat.AUTO, rejects::add)) {
                for (Paper p = src.read(); p != null; p = src.read()) {
                    papers.add(p);
                }
            }
        } else {
            int limit = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
            ObjectMapper mapper = new ObjectMapper();
            try (BufferedReader r = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null && papers.size() < limit) {
                    n++;
                    JsonNode j = mapper.readTree(line);
                    papers.add(new Paper(j.get("id").asText(), j.get("title").asText(), j.get("abstract").asText(),
                            null, null, null, null, new SourcePosition(args[1], n)));
                }
            }
        }
        long t0 = System.nanoTime();
        long nlpNanos = 0;
        long extractNanos = 0;
        try (OutputStream out = Files.newOutputStream(Path.of(args[2]));
             ClaimsJsonWriter w = new ClaimsJsonWriter(out)) {
            for (Paper p : papers) {
                long a = System.nanoTime();
                var analyzed = analyzer.analyze(p);
                long b = System.nanoTime();
                w.write(extractor.extract(analyzed));
                nlpNanos += b - a;
                extractNanos += System.nanoTime() - b;
            }
        }
        System.out.printf("nlp %.2f s, extract %.2f s%n", nlpNanos / 1e9, extractNanos / 1e9);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%d abstracts in %.2f s: %.1f abstracts/s%n", papers.size(), s, papers.size() / s);
    }
}
