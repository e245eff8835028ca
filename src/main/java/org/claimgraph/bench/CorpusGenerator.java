package org.claimgraph.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.ClaimGraphException;

/**
 * Writes a synthetic corpus of abstracts as JSON Lines ({@code id}, {@code title},
 * {@code abstract}, {@code source}) for scale tests: benchmark, metric, task and baseline names and
 * the shapes of result sentences come from a vocabulary curated from real arXiv abstracts, method
 * names are recombined from name fragments, numbers are drawn at random. Streaming and
 * deterministic: the same seed gives the same bytes, whatever the corpus size.
 */
public final class CorpusGenerator {
    static final String VOCABULARY = "synthetic-vocabulary.txt";
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    private final Map<String, List<String>> vocabulary;

    private CorpusGenerator(Map<String, List<String>> vocabulary) {
        for (String section : List.of("benchmarks", "metrics", "tasks", "baselines", "method-parts",
                "method-suffixes", "adjectives", "intro-templates", "result-templates", "closing-templates")) {
            if (vocabulary.getOrDefault(section, List.of()).isEmpty()) {
                throw new ClaimGraphException("synthetic vocabulary " + VOCABULARY + " has no [" + section + "] entries");
            }
        }
        this.vocabulary = vocabulary;
    }

    /** A generator on the vocabulary shipped with claimgraph. */
    public static CorpusGenerator standard() {
        try (InputStream in = CorpusGenerator.class.getResourceAsStream(VOCABULARY)) {
            if (in == null) {
                throw new ClaimGraphException("synthetic vocabulary " + VOCABULARY + " is not on the classpath");
            }
            return new CorpusGenerator(read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + VOCABULARY, e);
        }
    }

    static Map<String, List<String>> read(BufferedReader in) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("[") && l.endsWith("]")) {
                current = out.computeIfAbsent(l.substring(1, l.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(l);
            }
        }
        return out;
    }

    /** Writes {@code papers} abstracts to {@code out} (not closed); returns the papers written. */
    public long write(long papers, long seed, OutputStream out) {
        if (papers < 0) {
            throw new IllegalArgumentException("papers must be >= 0: " + papers);
        }
        Objects.requireNonNull(out, "out");
        SplittableRandom random = new SplittableRandom(seed);
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.setRootValueSeparator(null);
            for (long i = 0; i < papers; i++) {
                Paper p = paper(random);
                json.writeStartObject();
                json.writeStringField("id", String.format(Locale.ROOT, "synthetic.%08d", i + 1));
                json.writeStringField("title", p.title());
                json.writeStringField("abstract", p.text());
                json.writeStringField("source", "claimgraph generate --seed " + seed);
                json.writeEndObject();
                json.writeRaw('\n');
            }
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic corpus", e);
        }
        return papers;
    }

    private record Paper(String title, String text) {
    }

    private Paper paper(SplittableRandom r) {
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("method", pick(r, "method-parts") + pick(r, "method-parts").toLowerCase(Locale.ROOT)
                + pick(r, "method-suffixes"));
        slots.put("baseline", pick(r, "baselines"));
        String benchmark = pick(r, "benchmarks");
        String benchmark2 = pick(r, "benchmarks");
        while (benchmark2.equals(benchmark)) {
            benchmark2 = pick(r, "benchmarks");
        }
        slots.put("benchmark", benchmark);
        slots.put("benchmark2", benchmark2);
        slots.put("metric", pick(r, "metrics"));
        String task = pick(r, "tasks");
        slots.put("task", task);
        slots.put("Task", Character.toUpperCase(task.charAt(0)) + task.substring(1));
        slots.put("adjective", pick(r, "adjectives"));
        double value = 20 + r.nextInt(7900) / 100.0;
        slots.put("value", String.format(Locale.ROOT, "%.1f", value));
        slots.put("value2", String.format(Locale.ROOT, "%.1f", Math.min(99.9, value + 0.1 + r.nextInt(150) / 10.0)));
        slots.put("delta", String.format(Locale.ROOT, "%.1f", 0.3 + r.nextInt(150) / 10.0));
        slots.put("count", Integer.toString(2 + r.nextInt(11)));

        StringBuilder text = new StringBuilder();
        int intros = 2 + r.nextInt(2);
        for (int i = 0; i < intros; i++) {
            sentence(text, fill(pick(r, "intro-templates"), slots));
        }
        int results = r.nextInt(10) < 4 ? 0 : 1 + r.nextInt(3);
        for (int i = 0; i < results; i++) {
            sentence(text, fill(pick(r, "result-templates"), slots));
        }
        sentence(text, fill(pick(r, "closing-templates"), slots));
        String title = slots.get("method") + ": " + capitalise(slots.get("adjective")) + " " + titleCase(task);
        return new Paper(title, text.toString());
    }

    private String pick(SplittableRandom r, String section) {
        List<String> entries = vocabulary.get(section);
        return entries.get(r.nextInt(entries.size()));
    }

    private static void sentence(StringBuilder text, String s) {
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(s);
    }

    static String fill(String template, Map<String, String> slots) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = slots.get(m.group(1));
            if (value == null) {
                throw new ClaimGraphException("synthetic vocabulary " + VOCABULARY + ": unknown slot {" + m.group(1)
                        + "} in template: " + template);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(capitalise(w));
        }
        return sb.toString();
    }
}
