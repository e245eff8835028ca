package org.claimgraph.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.extract.Result;
import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.SourcePosition;

/**
 * NLP-TDMS leaderboard tuples ({@code task#dataset#metric#score}) whose score is written in the
 * paper's abstract, and how many of them the extractor recovers from the abstract alone: a result
 * with the same value (score.py's tolerance) whose benchmark names the tuple's dataset. Names match
 * after lower-casing and dropping all but a-z0-9, when one is a prefix of the other ("CNN/Daily
 * Mail" names "CNN / Daily Mail (Non-anonymized version)"); a prefix must have 3+ characters.
 */
public final class NlpTdmsBenchmark {
    private static final Pattern ABSTRACT = Pattern.compile("(?s)section: title\\n(.*?)\\nsection: abstract\\n(.*?)(?:\\nsection:|$)");

    /**
     * One gold tuple and what the extractor made of it.
     *
     * @param predicted the benchmark of the (first) result with the tuple's value, or null
     */
    public record Tuple(String paper, String dataset, String metric, BigDecimal score, boolean valueFound,
                        boolean recovered, String predicted) {
    }

    /** The tuples scored and the counts the issue asks for. */
    public record Report(List<Tuple> tuples, int papers) {
        public Report {
            tuples = List.copyOf(tuples);
        }

        public long recovered() {
            return tuples.stream().filter(Tuple::recovered).count();
        }

        public long valueFound() {
            return tuples.stream().filter(Tuple::valueFound).count();
        }

        public String toText() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "NLP-TDMS tuples whose score is in the abstract: %d in %d papers%n",
                    tuples.size(), papers));
            sb.append(String.format(Locale.ROOT, "recovered with the right dataset and value: %d (%.1f%%)%n",
                    recovered(), 100.0 * recovered() / Math.max(1, tuples.size())));
            sb.append(String.format(Locale.ROOT, "value found (any dataset):                  %d (%.1f%%)%n",
                    valueFound(), 100.0 * valueFound() / Math.max(1, tuples.size())));
            for (Tuple t : tuples) {
                sb.append(String.format(Locale.ROOT, "  %-4s %-12s %-32s %-24s %-8s extracted benchmark: %s%n",
                        t.recovered() ? "ok" : t.valueFound() ? "val" : "-", t.paper(), t.dataset(), t.metric(),
                        t.score().toPlainString(), t.valueFound() ? t.predicted() : "-"));
            }
            return sb.toString();
        }
    }

    private NlpTdmsBenchmark() {
    }

    /** Scores {@code extractor} on the folder laid out as in {@code shared/benchmarks/nlp-tdms/}. */
    public static Report score(Path dir, Function<Paper, PaperClaims> extractor) throws IOException {
        Map<String, List<String[]>> gold = readTuples(dir.resolve("annotations").resolve("resultsAnnotation.tsv"));
        Path texts = dir.resolve("pdfFile_txt");
        if (!Files.isDirectory(texts)) {
            throw new EvalException(texts + " is not a folder of NLP-TDMS paper texts");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(texts)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Tuple> out = new ArrayList<>();
        int papers = 0;
        for (Path f : files) {
            String key = f.getFileName().toString().replaceFirst("\\.txt$", "");
            Matcher m = ABSTRACT.matcher(Files.readString(f, StandardCharsets.UTF_8));
            if (!m.find() || !gold.containsKey(key)) {
                continue;
            }
            String title = m.group(1).strip();
            String abstractText = m.group(2).strip();
            List<String[]> inAbstract = new ArrayList<>();
            for (String[] t : gold.get(key)) {
                if (!"-".equals(t[3]) && Pattern.compile("(?<![\\d.])" + Pattern.quote(t[3]) + "(?!\\d)")
                        .matcher(abstractText).find()) {
                    inAbstract.add(t);
                }
            }
            if (inAbstract.isEmpty() || title.isEmpty() || abstractText.isEmpty()) {
                continue;
            }
            papers++;
            PaperClaims claims = extractor.apply(Paper.of(title, abstractText, new SourcePosition(f.toString(), 1)));
            for (String[] t : inAbstract) {
                BigDecimal score = new BigDecimal(t[3]);
                boolean value = false;
                boolean recovered = false;
                String predicted = null;
                for (Result r : claims.results()) {
                    if (sameValue(r.value(), score)) {
                        predicted = value && predicted != null ? predicted : r.benchmark();
                        value = true;
                        recovered |= r.benchmark() != null && sameDataset(r.benchmark(), t[1]);
                    }
                }
                out.add(new Tuple(key, t[1], t[2], score, value, recovered, predicted));
            }
        }
        return new Report(out, papers);
    }

    private static Map<String, List<String[]>> readTuples(Path file) throws IOException {
        Map<String, List<String[]>> out = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new EvalException(file + ":" + number + ": expected paper<TAB>tuples");
                }
                List<String[]> tuples = new ArrayList<>();
                for (String t : cols[1].split("\\$")) {
                    String[] parts = t.split("#", 4);
                    if (parts.length != 4) {
                        throw new EvalException(file + ":" + number + ": tuple is not task#dataset#metric#score: " + t);
                    }
                    parts[3] = parts[3].strip().replace("%", "");
                    if (!"-".equals(parts[3]) && !parts[3].matches("\\d+(?:\\.\\d+)?")) {
                        parts[3] = "-";
                    }
                    tuples.add(parts);
                }
                out.put(cols[0].replaceFirst("\\.pdf$", ""), tuples);
            }
        }
        return out;
    }

    static boolean sameValue(BigDecimal predicted, BigDecimal gold) {
        double b = gold.doubleValue();
        return Math.abs(predicted.doubleValue() - b) <= 0.005 * Math.max(1.0, Math.abs(b));
    }

    static boolean sameDataset(String predicted, String gold) {
        String p = key(predicted);
        String g = key(gold);
        if (p.equals(g)) {
            return !p.isEmpty();
        }
        String shorter = p.length() < g.length() ? p : g;
        String longer = p.length() < g.length() ? g : p;
        return shorter.length() >= 3 && longer.startsWith(shorter);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
