package org.claimgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.SourcePosition;
import org.claimgraph.nlp.AnalyzedText;
import org.claimgraph.nlp.OpenNlpAnalyzer;
import org.claimgraph.nlp.Sentence;

/**
 * Dev harness: {@code DevSpeed POOL.jsonl} times, in one thread and one JVM, the NLP stage alone, NLP
 * plus the rules, and NLP plus rules plus the TDMSci name finder, three interleaved rounds each. It
 * reports the thread's CPU time, which other jobs on a shared machine disturb far less than wall time.
 */
public final class DevSpeed {
    private DevSpeed() {
    }

    public static void main(String[] args) throws Exception {
        List<Paper> papers = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode n = json.readTree(line);
                papers.add(Paper.of(n.get("title").asText(), n.get("abstract").asText(),
                        new SourcePosition(args[0], papers.size() + 1)));
            }
        }
        OpenNlpAnalyzer analyzer = OpenNlpAnalyzer.english();
        RuleBasedExtractor rules = new RuleBasedExtractor();
        SciNameFinder names = SciNameFinder.load(SciNameFinder.TDMSCI_MODEL);
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        String[] stages = {"nlp", "nlp+rules", "nlp+rules+namefinder"};
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            for (int stage = 0; stage < stages.length; stage++) {
                long wall = System.nanoTime();
                long cpu = bean.getCurrentThreadCpuTime();
                for (Paper p : papers) {
                    AnalyzedText t = analyzer.analyze(p);
                    sink += t.sentences().size();
                    if (stage >= 1) {
                        sink += rules.extract(t).results().size();
                    }
                    if (stage == 2) {
                        for (Sentence s : t.sentences()) {
                            sink += names.find(s).size();
                        }
                    }
                }
                double seconds = (bean.getCurrentThreadCpuTime() - cpu) / 1e9;
                System.out.printf(Locale.ROOT, "round %d %-22s cpu %.1f s, wall %.1f s%n", round, stages[stage],
                        seconds, (System.nanoTime() - wall) / 1e9);
                best[stage] = Math.min(best[stage], seconds);
            }
        }
        for (int stage = 0; stage < stages.length; stage++) {
            System.out.printf(Locale.ROOT, "best cpu %-22s %.1f s = %.0f abstracts/s, ratio to nlp %.2f%n", stages[stage],
                    best[stage], papers.size() / best[stage], best[stage] / best[0]);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
