package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds benchmark and metric mentions in one sentence. Metrics come from the lexicons; benchmarks
 * from the lexicon and from evaluation contexts: name-like words after "on", "across", "such as",
 * inside "benchmarks (A, B)", or before "benchmark"/"dataset" ("CIFAR100 and ImageNet-R datasets").
 */
final class EntityFinder {
    private static final String NAME = "(?:" + Names.TOKEN + ")";
    private static final String CAPS_PHRASE = "(?:[A-Z][\\w\\-]*(?:\\s+(?:of\\s+)?[A-Z][\\w\\-]*){1,5})";
    /** "SQuAD 2.0", "ActivityNet v1.3": a capitalised name may carry a dotted version. */
    private static final String ITEM = "(?:(?=[A-Z])(?:" + CAPS_PHRASE + "|" + NAME + ")\\s+v?\\d+\\.\\d+(?![\\w.%])|"
            + CAPS_PHRASE + "|" + NAME + ")";
    private static final String LIST_ITEM = "(?:the\\s+(?:[a-z][\\w\\-]*\\s+){0,2})?" + ITEM
            + "(?:\\s*\\([^()]{0,80}\\))?";
    private static final String LIST = LIST_ITEM + "(?:\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+|\\s*/\\s*)"
            + LIST_ITEM + ")*";
    /** The lookahead on the cue's first letter and the word boundary spare the costly lookbehind at every other position. */
    private static final Pattern AFTER_CUE = Pattern.compile(
            "(?=[OoAaIiSs])\\b(?<!based |built |relies |rely |relying |focus |focuses |focused |focusing |depend |depends |"
                    + "depending |conditioned |rest |rests |centered |centred )"
                    + "(?i:on|across|including|include|includes|such as)\\s+"
                    + "(?:the\\s+|both\\s+|several\\s+|popular\\s+|challenging\\s+|standard\\s+)?(" + LIST + ")");
    private static final Pattern HEAD_AFTER = Pattern.compile(
            "(?<![A-Za-z0-9])(" + LIST + ")\\s+(?:benchmarks?|datasets?|suites?|corpus|corpora|environments?|test\\s+sets?|"
                    + "leaderboards?|games)\\b");
    /** A cheap test for what {@link #HEAD_AFTER} needs, which is slow to fail on long sentences. */
    private static final Pattern ANY_HEAD = Pattern.compile(
            "\\s(?:benchmarks?|datasets?|suites?|corpus|corpora|environments?|test\\s+sets?|leaderboards?|games)\\b");
    private static final Pattern LIST_AFTER_HEAD = Pattern.compile(
            "\\b(?:benchmarks?|datasets?|suites?|environments?|tasks)\\s*(?:\\(|:|,(?=\\s*[A-Z][\\w\\-]*[A-Z0-9])|,\\s*(?:including|such as|e\\.g\\.,?)"
                    + "|\\s+(?:including|such as|like|e\\.g\\.,?))\\s*(?:e\\.g\\.,?\\s*|i\\.e\\.,?\\s*)?(" + LIST + ")");
    private static final Pattern AFTER_SCORE = Pattern.compile(
            "[+\\-−]\\d+(?:\\.\\d+)?\\s*%?\\s+(" + NAME + ")(?=\\s*[,;)]|\\s+and\\b)");
    private static final Pattern WEAK_CUE = Pattern.compile(
            "\\b(?:with|in|using|from)\\s+(?:the\\s+)?(" + NAME + "(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)" + NAME + ")*)");
    private static final Pattern NAME_PATTERN = Pattern.compile(NAME);
    private static final Pattern ADJECTIVAL = Pattern.compile(
            "-(?:generated|based|driven|style|like|level|aware)\\b|^(?:non|anti|multi|cross|pre|post|semi|self)-");
    private static final GuardedPattern METRIC_LIST = GuardedPattern.anyOf(Pattern.compile(
            "\\b(?:metrics?|measures?|scores)\\s*(?:\\(|:|,?\\s*(?:such as|like|including|e\\.g\\.,?|namely))\\s*"
                    + "([^().;:]{2,160})"), "metric", "measure", "scores");
    /** A hyphenated lower-case modifier glued before a metric: "last-incremental accuracy", "over-refusal accuracy". */
    private static final Pattern COMPOUND_MODIFIER = Pattern.compile("(?<![\\w\\-])[a-z]+-[a-z]+\\s+$");
    private static final Pattern ITEM_PATTERN = Pattern.compile(ITEM);
    /** "retrieval precision", "diagnostic accuracy": one lower-case noun before a head measure names the measure. */
    private static final Pattern MODIFIER_BEFORE = Pattern.compile(
            "(?<![\\w\\-])(?<!\\b(?:we|We|they|They|to|also|which|that|it|It)\\s)([a-z]{4,})\\s+$");
    /** "Expected Calibration Error", "Absolute Trajectory Error": title-case words before a title-case measure name it. */
    private static final Pattern TITLE_WORDS_BEFORE = Pattern.compile(
            "(?<![\\w\\-])((?:(?!(?:The|Our|This|These|Its|Their|On|In|With|And|Of|For|A|An|We|By|At|To)\\s|[A-Za-z]+ing\\s)[A-Z][a-z]{2,}\\s+){1,3})$");
    private static final Pattern MODIFIABLE_HEAD = Pattern.compile("(?i)accuracy|precision|recall|F1|F1[- ]scores?|error|throughput");
    /** Words before a measure that rate it rather than name it ("high accuracy", "strong retrieval precision"). */
    private static final java.util.Set<String> NOT_MODIFIERS = java.util.Set.of(
            "high", "higher", "highest", "lower", "lowest", "better", "best", "superior", "strong", "stronger",
            "competitive", "comparable", "good", "improved", "similar", "great", "greater", "robust", "reasonable",
            "perfect", "excellent", "remarkable", "significant", "substantial", "peak", "overall", "final", "their",
            "with", "from", "that", "this", "these", "those", "same", "such", "much", "more", "less", "than", "over",
            "both", "while", "model", "models", "state", "impressive", "promising", "enhanced", "increased",
            "decreased", "reduced", "boosts", "improves", "achieves", "achieving", "maintains", "maintaining",
            "preserving", "sacrificing", "compromising", "without", "near", "only", "also", "across", "under",
            "within", "between", "among", "about", "around", "nearly", "slightly", "greatly", "average", "mean",
            "report", "reports", "measure", "measures", "evaluate", "evaluates", "improve", "boost", "yield",
            "yields", "reach", "reaches", "attain", "attains", "obtain", "obtains", "achieve", "show", "shows", "gain",
            "gains", "raise", "raises", "lift", "lifts", "drop", "drops", "loss", "points", "point", "percent",
            "percentage", "notable", "consistent", "considerable", "noticeable", "clear", "marked", "large", "small",
            "modest", "slight", "huge", "sizable", "measurable", "relative", "absolute");
    /** "macro-AUROC", "mean-F1": an averaging prefix glued to a measure belongs to its name. */
    private static final GuardedPattern GLUED_PREFIX = GuardedPattern.anyOf(Pattern.compile(
            "(?<![\\w\\-])(?i:macro|micro|weighted|mean|balanced)-([A-Za-z][\\w@^]*)"),
            "macro-", "micro-", "weighted-", "mean-", "balanced-");
    /** "a 5.14% false-negative rate", "76% vulnerability rate": the words between a percentage and "rate" name a measure. */
    private static final GuardedPattern RATE_AFTER_SCORE = GuardedPattern.anyOf(Pattern.compile(
            "\\d\\s*%\\s+((?:(?!(?:of|and|or|the|an?|in|at|with|on|for|to|by|than|over|its|their)\\s)[a-z][a-z\\-]*\\s+){1,2}"
                    + "rate)\\b"), "rate");
    private static final Pattern HEAD_WORD = Pattern.compile(
            "^\\s+(?:benchmarks?|datasets?|suites?|corpus|environments?|test\\s+sets?|leaderboards?)\\b");

    /** A list after "models such as" or "protocols including" names methods, not benchmarks. */
    private static final Pattern METHOD_HEAD_BEFORE = Pattern.compile(
            "(?i)\\b(?:models?|methods?|baselines?|LLMs?|VLMs?|MLLMs?|architectures?|backbones?|approaches|algorithms?|"
                    + "protocols?|tools?|systems?|agents?|encoders?|decoders?|detectors?|classifiers?|solvers?|optimi[sz]ers?|"
                    + "frameworks?|techniques?|libraries|platforms?)\\s*,?\\s*$");
    /** A name followed by a scoring verb is the subject of a result ("On X, NAME reaches ..."), not a benchmark. */
    private static final Pattern VERB_AFTER = Pattern.compile(
            "^\\s+(?:also\\s+|further\\s+|consistently\\s+|still\\s+)?(?:reach|achiev|obtain|attain|outperform|surpass|improv|"
                    + "yield|deliver|scores|gain|shows|demonstrat|performs|exceed|beat|sets|establish|match)\\w*\\b");
    /**
     * "on visible, GPR and road defect tasks", "on the Main Track": settings and tasks, not benchmarks. Plural
     * only: "the SemEval 2010 relation classification task" and "the CoNLL-2012 shared task dataset" are benchmarks.
     */
    private static final Pattern SETTING_AFTER = Pattern.compile(
            "^\\s+(?:[a-z][\\w\\-]*\\s+){0,2}(?:tasks|tracks|modes|settings|scenarios)\\b");
    /** "on EHR data", "ITSM tickets": a name used as a modifier of a common noun is not itself a benchmark. */
    private static final Pattern MODIFIED_NOUN = Pattern.compile(
            "^\\s+(?:data|records|models?|systems?|domains?|features|signals|images|videos|texts?|reasoning|agents?|"
                    + "tickets|applications?|users|patients|scenes|logs|pipelines?)\\b");
    /** "the first Saudi Sign Language dataset called KAU-CSSL": the name follows "called"; the words before describe it. */
    private static final Pattern CALLED_AFTER = Pattern.compile(
            "^\\s+(?:benchmarks?|datasets?|suites?|corpus|corpora|environments?|test\\s+sets?)\\s*,?\\s+(?:called|named|dubbed|termed)\\b");
    private static final Pattern SETTING_WORD = Pattern.compile("\\s(?:Track|Tracks|Mode|Setting|Settings|Scenario)$");
    /** "two real-world EHR datasets", "five VQA benchmarks": a count before the head makes a description, not a name. */
    private static final Pattern COUNTED = Pattern.compile(
            "(?i)\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|various|many|diverse|numerous)"
                    + "\\s+(?:[\\w\\-]+\\s+){0,2}$");
    /** Words that make an "on X" context an evaluation: without one, "released on Google Earth Engine" is no benchmark. */
    private static final GuardedPattern EVALUATION = GuardedPattern.digitOr(Pattern.compile(
            "(?i)\\b(?:evaluat|experiment|benchmark|dataset|achiev|outperform|surpass|result|score|accuracy|perform|test|"
                    + "improv|gain|state[- ]of[- ]the[- ]art|sota|metric|report|compar|reach|obtain|baseline|validat|trained|fine-tun)|\\d"),
            "evaluat", "experiment", "benchmark", "dataset", "achiev", "outperform", "surpass", "result", "score",
            "accuracy", "perform", "test", "improv", "gain", "art", "sota", "metric", "report", "compar", "reach",
            "obtain", "baseline", "validat", "trained", "fine-tun");

    private final Lexicon benchmarkLexicon;
    private final Lexicon metricLexicon;

    EntityFinder(Lexicon benchmarkLexicon, Lexicon metricLexicon) {
        this.benchmarkLexicon = benchmarkLexicon;
        this.metricLexicon = metricLexicon;
    }

    /** Lexicon metrics, plus the items of "metrics such as A, B and C" (up to three words each). */
    List<Mention> metrics(String sentence) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : metricLexicon.find(sentence, EntityType.METRIC)) {
            Matcher compound = COMPOUND_MODIFIER.matcher(sentence.substring(Math.max(0, m.start() - 40), m.start()));
            if (compound.find()) {
                int start = m.start() - (compound.end() - compound.start());
                out.add(new Mention(sentence.substring(start, m.end()), start, m.end(), EntityType.METRIC));
            } else {
                out.add(withModifier(sentence, m));
            }
        }
        Matcher glued = GLUED_PREFIX.matcher(sentence);
        while (glued.find()) {
            if (metricLexicon.contains(glued.group(1))
                    && out.stream().noneMatch(x -> x.start() < glued.end() && glued.start() < x.end())) {
                out.add(new Mention(glued.group(), glued.start(), glued.end(), EntityType.METRIC));
            }
        }
        Matcher rate = RATE_AFTER_SCORE.matcher(sentence);
        while (rate.find()) {
            int start = rate.start(1);
            String[] words = rate.group(1).split("\\s+");
            for (int i = 0; i < words.length - 1 && NOT_MODIFIERS.contains(words[i]); i++) {
                start += words[i].length() + 1;
            }
            Mention mention = new Mention(sentence.substring(start, rate.end(1)), start, rate.end(1), EntityType.METRIC);
            if (!mention.text().equals("rate") && out.stream().noneMatch(x -> x.start() < mention.end()
                    && mention.start() < x.end() && x.length() >= mention.length())) {
                out.removeIf(x -> x.start() < mention.end() && mention.start() < x.end());
                out.add(mention);
            }
        }
        Matcher m = METRIC_LIST.matcher(sentence);
        while (m.find()) {
            int at = m.start(1);
            for (String part : m.group(1).split(",|\\band\\b|\\bor\\b")) {
                String item = part.strip();
                int offset = sentence.indexOf(item, at);
                if (item.isEmpty() || item.split("\\s+").length > 3 || offset < 0) {
                    break;
                }
                at = offset + item.length();
                Mention mention = new Mention(item, offset, at, EntityType.METRIC);
                if (out.stream().noneMatch(x -> x.start() < mention.end() && mention.start() < x.end()
                        && x.length() >= mention.length())) {
                    out.removeIf(x -> x.start() < mention.end() && mention.start() < x.end());
                    out.add(mention);
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** Widens a head measure to its noun modifier and its "@k" cut-off: "retrieval precision", "PCK@0.1". */
    private static Mention withModifier(String sentence, Mention m) {
        int start = m.start();
        int end = m.end();
        Matcher at = Pattern.compile("^@[\\d.]*\\d").matcher(sentence.substring(end));
        if (at.find()) {
            end += at.end();
        }
        Matcher title = TITLE_WORDS_BEFORE.matcher(sentence.substring(Math.max(0, start - 60), start));
        if (Character.isUpperCase(m.text().charAt(0)) && m.text().chars().skip(1).anyMatch(Character::isLowerCase)
                && title.find()) {
            start -= title.end() - title.start(1);
        } else if (MODIFIABLE_HEAD.matcher(m.text()).matches()) {
            Matcher mod = MODIFIER_BEFORE.matcher(sentence.substring(Math.max(0, start - 30), start));
            if (mod.find() && !NOT_MODIFIERS.contains(mod.group(1)) && !mod.group(1).endsWith("ly")
                    && !mod.group(1).endsWith("ing") && !mod.group(1).endsWith("ed")) {
                start -= mod.end() - mod.start(1);
            }
        }
        return start == m.start() && end == m.end() ? m
                : new Mention(sentence.substring(start, end), start, end, EntityType.METRIC);
    }

    private static boolean metricContext(String sentence, int listStart) {
        return sentence.substring(Math.max(0, listStart - 30), listStart)
                .matches("(?s).*\\b(?:metrics?|measures?)\\W*(?:such as|like|including|e\\.g\\.,?|namely)?\\s*$");
    }

    List<Mention> benchmarks(String sentence) {
        List<Mention> found = new ArrayList<>();
        for (Mention m : benchmarkLexicon.find(sentence, EntityType.BENCHMARK)) {
            boolean capitalised = !m.text().equals(m.text().toLowerCase(java.util.Locale.ROOT));
            if (capitalised && (Names.nameLike(m.text()) || m.text().contains(" ") || HEAD_WORD.matcher(
                    sentence.substring(m.end())).find())) {
                found.add(m);
            }
        }
        if (EVALUATION.matcher(sentence).find()) {
            collectLists(AFTER_CUE.matcher(sentence), sentence, found, false);
        }
        Matcher scored = AFTER_SCORE.matcher(sentence);
        while (scored.find()) {
            String text = trimTrailing(scored.group(1));
            if (Names.nameLike(text) && !Names.modelName(text) && !metricLexicon.contains(text)) {
                found.add(new Mention(text, scored.start(1), scored.start(1) + text.length(), EntityType.BENCHMARK));
            }
        }
        Matcher weak = WEAK_CUE.matcher(sentence);
        while (weak.find()) {
            Matcher item = NAME_PATTERN.matcher(weak.group(1));
            while (item.find()) {
                String text = Names.stripPossessive(trimTrailing(item.group()));
                int s = weak.start(1) + item.start();
                if (Names.nameLike(text) && !Names.modelName(text)
                        && (isBenchmarkLike(sentence, s + text.length()) || BENCHMARK_SUFFIX.matcher(text).find())) {
                    found.add(new Mention(text, s, s + text.length(), EntityType.BENCHMARK));
                }
            }
        }
        if (ANY_HEAD.matcher(sentence).find()) {
            collectLists(HEAD_AFTER.matcher(sentence), sentence, found, true);
        }
        collectLists(LIST_AFTER_HEAD.matcher(sentence), sentence, found, true);
        found.removeIf(m -> metricLexicon.contains(m.text()));
        found.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::length)
                .reversed()));
        List<Mention> kept = new ArrayList<>();
        int end = -1;
        for (Mention m : found) {
            if (m.start() >= end) {
                kept.add(m);
                end = m.end();
            }
        }
        return kept;
    }

    /** "drawn from ASSEBench": a name that says it is a benchmark. */
    private static final Pattern BENCHMARK_SUFFIX = Pattern.compile("[A-Za-z0-9](?:Bench|BENCH|Eval)$");
    /** "Hurricane Michael (2018)": an item dated in brackets is an event, not a dataset. */
    private static final Pattern DATED = Pattern.compile("^\\s*\\((?:19|20)\\d\\d\\)");
    /** "existing anomaly detection benchmarks like A and B": benchmarks of related work, not of this paper. */
    private static final Pattern RELATED_WORK = Pattern.compile(
            "\\b(?:existing|previous|prior|earlier|older)\\s+(?:[\\w\\-]+\\s+){0,3}$", Pattern.CASE_INSENSITIVE);

    private void collectLists(Matcher m, String sentence, List<Mention> out, boolean headed) {
        while (m.find()) {
            int base = m.start(1);
            boolean example = m.group().regionMatches(true, 0, "includ", 0, 6) || m.group().regionMatches(true, 0, "such as", 0, 7);
            if (example && METHOD_HEAD_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 40), m.start())).find()
                    || SETTING_AFTER.matcher(sentence.substring(m.end(1))).find()
                    || headed && RELATED_WORK.matcher(sentence.substring(Math.max(0, m.start() - 50), m.start())).find()) {
                continue;
            }
            List<Mention> items = new ArrayList<>();
            boolean modelList = false;
            Matcher item = ITEM_PATTERN.matcher(m.group(1));
            while (item.find()) {
                String raw = item.group();
                if (insideScores(m.group(1), item.start())) {
                    continue;
                }
                String text = Names.stripPossessive(trimTrailing(raw));
                int s = base + item.start();
                if (text.startsWith("The ") || text.startsWith("the ")) {
                    text = text.substring(4);
                    s += 4;
                }
                if (text.isEmpty() || metricContext(sentence, base)) {
                    continue;
                }
                if (Names.modelName(text)) {
                    modelList = true;
                }
                String after = sentence.substring(s + text.length());
                boolean listSeparated = sentence.substring(Math.max(0, s - 2), s).contains(",");
                if (listSeparated && VERB_AFTER.matcher(after).find() || DATED.matcher(after).find()
                        || !headed && MODIFIED_NOUN.matcher(after).find()
                        || headed && CALLED_AFTER.matcher(after).find()
                        || SETTING_WORD.matcher(text).find()
                        || headed && COUNTED.matcher(sentence.substring(Math.max(0, s - 40), s)).find()) {
                    continue;
                }
                boolean phrase = text.contains(" ");
                if (phrase && !headed && !phraseLooksLikeName(text)) {
                    continue;
                }
                if (!phrase && !Names.nameLike(text)) {
                    if (!(headed && Character.isUpperCase(text.charAt(0)) && !Names.generic(text))
                            && !(Character.isUpperCase(text.charAt(0)) && benchmarkLexicon.contains(text))) {
                        continue;
                    }
                }
                if (Names.modelName(text) || Names.generic(text) || ADJECTIVAL.matcher(text).find()
                        || !phrase && !Names.nameLike(text) && s == 0) {
                    continue;
                }
                items.add(new Mention(text, s, s + text.length(), EntityType.BENCHMARK));
            }
            if (!modelList) {
                out.addAll(items);
            }
        }
    }

    /** True inside a bracket that holds a score: "CAMELYON16 (ACC/AUC/F1: 0.939/0.983/0.946)" names measures, not datasets. */
    private static boolean insideScores(String list, int at) {
        int open = list.lastIndexOf('(', at);
        if (open < 0 || list.lastIndexOf(')', at) > open) {
            return false;
        }
        int close = list.indexOf(')', at);
        String inside = list.substring(open, close < 0 ? list.length() : close);
        return SCORE_INSIDE.matcher(inside).find();
    }

    private static final Pattern SCORE_INSIDE = Pattern.compile("\\d\\.\\d|\\d\\s*%");

    /** After "with/in/using NAME", a name is a benchmark only when a score, split or benchmark word follows. */
    private static boolean isBenchmarkLike(String sentence, int end) {
        String right = sentence.substring(end);
        return right.matches("(?s)^\\s*(?:'s\\s+)?(?:accuracy|test|dev|validation|benchmark|dataset|score|split|subset"
                + "|\\(\\s*[+\\-]?\\d|,\\s*[A-Z0-9][\\w\\-]*\\s+(?:and\\s+)?[A-Z]).*");
    }

    private static boolean phraseLooksLikeName(String phrase) {
        for (String w : phrase.split("\\s+")) {
            if (Names.nameLike(w)) {
                return true;
            }
        }
        return phrase.split("\\s+").length >= 2 && !phrase.startsWith("The ") && !phrase.startsWith("Our ");
    }

    /** "Mixed-Modality NIAH-with": a dash typed as a hyphen glues the next function word to a name. */
    private static final Pattern GLUED_FUNCTION_WORD = Pattern.compile("-(?:with|and|or|in|on|for|to|of|from|the|using|via)$");

    private static String trimTrailing(String s) {
        String t = GLUED_FUNCTION_WORD.matcher(s).replaceFirst("");
        while (!t.isEmpty() && ".,;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
