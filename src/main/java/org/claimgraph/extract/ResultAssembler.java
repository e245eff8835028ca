package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links each number of a sentence to the benchmark, metric, method and baseline the sentence
 * names for it, using the cues "on X" / "X (+n%)" (benchmark), "over / than / compared to X"
 * (baseline), "X achieves / outperforms" (method), and "respectively" for parallel lists.
 */
final class ResultAssembler {
    private static final String NAME = "(" + Names.TOKEN + "(?:\\s+" + Names.TOKEN + "){0,2})";
    private static final Pattern SUBJECT = Pattern.compile(
            "(?<![\\w\\-.])((?:[A-Z0-9][\\w.\\-]*\\s+){0,2}" + Names.TOKEN + ")\\s+(?:models?\\s+|methods?\\s+|framework\\s+|approach\\s+|agents?\\s+)?(?:\\w+ly\\s+)?"
                    + "(?:also\\s+|further\\s+|still\\s+)?(?:achiev|obtain|reach|attain|outperform|surpass|improv|yield|"
                    + "deliver|scores|scored|set|boost|exceed|beat|cut|reduc|match|record|gain|lead|bring|enabl|help|increas|"
                    + "attain|show|demonstrat|establish|rais|lower|decreas|accelerat|speed)(?:e|es|s|ed|d|ing)?\\b");
    private static final Pattern BASELINE_RIGHT = Pattern.compile(
            "^[^.;]*?\\b(?:over|than|compared\\s+(?:to|with)|vs\\.?|versus|relative\\s+to|against)\\s+(?:the\\s+)?"
                    + "(?:(?:state-of-the-art|strong|baseline|previous|prior|vanilla|standard|original|best|competing|"
                    + "existing|leading|SOTA)\\s+)*" + NAME);
    /** "than recent baselines like O-LoRA", "vs. 47.3% for BPE": the baseline named after a generic phrase or its score. */
    private static final Pattern BASELINE_NAMED = Pattern.compile(
            "^[^.;]*?\\b(?:(?:over|than|compared\\s+(?:to|with)|against)\\s+(?:[\\w\\-]+\\s+){0,3}?(?:baselines?|methods?|models?|"
                    + "approaches|systems?)\\s*,?\\s+(?:like|such\\s+as|including|e\\.g\\.,?)|(?:vs\\.?|versus)\\s+[\\d.]+\\s*%?\\s+(?:for|of|by))"
                    + "\\s+(?:the\\s+)?" + NAME);
    private static final Pattern BASELINE_LEFT = Pattern.compile(
            "\\b(?:over|than|compared\\s+(?:to|with)|vs\\.?|versus|against|outperform\\w*|surpass\\w*|beat\\w*|"
                    + "exceed\\w*|e\\.g\\.,?|of(?=\\s+\\S+\\s+from\\b))\\s+(?:the\\s+)?(?:(?:state-of-the-art|strong|baseline|previous|prior|"
                    + "vanilla|standard|original|best)\\s+)*(?:(?:[a-z][\\w\\-]*\\s+){0,2}?(?:method|model|approach|baseline|system)s?,?\\s+)?"
                    + NAME);
    private static final Pattern OUR_METHOD = Pattern.compile(
            "(?i)\\b(?:our|this|the\\s+proposed|the\\s+resulting)\\s+(?:[\\w\\-]+\\s+){0,3}?(?:method|approach|model|"
                    + "framework|algorithm|technique|system|pipeline|agent|strategy|architecture|network|mechanism|module)s?\\b"
                    + "|^(?:It|Our)\\b|\\bit\\s+(?:also\\s+|further\\s+|consistently\\s+)?(?:leads|achieves|improves|"
                    + "outperforms|yields|reduces|obtains|boosts|brings|surpasses|attains|reaches|delivers|cuts)\\b");
    private static final Pattern NO_BENCHMARK = Pattern.compile(
            "^\\s*(?:%|points?)?\\s*(?:\\w+\\s+){0,3}?(?:across|averaged|on\\s+average|in\\s+average|over\\s+(?:all|\\d+|"
                    + "multiple|several|various|five|four|three|six|seven|eight|ten))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern METRIC_BEFORE = Pattern.compile(
            "\\s*(?:\\(\\w+\\)\\s*)?(?:of|=|:|at|reaching|reached|by|is|was|to)?\\s*(?:up\\s+to\\s+|about\\s+|over\\s+|only\\s+"
                    + "|nearly\\s+|approximately\\s+|around\\s+|~\\s*)*[+\\-]?\\s*");
    private static final Pattern METRIC_AFTER = Pattern.compile(
            "\\s*(?:%|points?)?(?:\\s+[\\w\\-]+){0,2}?\\s+(?:in|of|on|for)\\s+(?:the\\s+)?(?:mean\\s+|average\\s+|overall\\s+)?"
                    + "|\\s*(?:%|points?)?\\s+(?:higher\\s+|lower\\s+|better\\s+|absolute\\s+|relative\\s+)?");
    private static final Pattern EVALUATED_ON = Pattern.compile("\\b(?:[Oo]n|[Ii]n)\\s+(?:the\\s+)?$");
    private static final Pattern BASELINE_LIST = Pattern.compile(
            "^\\s*(?:%|points?)?[^.;]{0,30}?\\b(?:over|than|compared\\s+(?:to|with)|vs\\.?|versus|against)\\s+(?:the\\s+)?("
                    + Names.TOKEN + "(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)" + Names.TOKEN + ")+)");
    /** "99% accuracy using MnasNet", "61.4% for Mem0", "(97%) with ShuffleNet": the method named right after the score. */
    private static final Pattern METHOD_AFTER = Pattern.compile(
            "^\\s*(?:%|points?)?\\)?\\s*(?:(?!combined|paired|coupled|integrated|equipped|backed|compared|when|while)[\\w\\-]+\\s+){0,2}?"
                    + "(?:for|with|using|by)\\s+(?:the\\s+)?(" + Names.TOKEN + "(?:\\s+[A-Z0-9][\\w.\\-]*){0,2})");
    private static final Pattern INSTRUMENT = Pattern.compile(
            "\\b(?:with|using|via|on|in|of|from|and|by)\\s+(?:[A-Z][\\w\\-]*\\s+)?$");
    private static final Pattern COORDINATION_GAP = Pattern.compile(
            "^\\s*(?:%|points?)?\\s*(?:,|and|or|/|,\\s*and)\\s*(?:up\\s+to\\s+)?$");
    private static final Pattern RANGE_GAP = Pattern.compile("\\s*%?\\s*(?:-|–|—|~)\\s*");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;)]|\\b(?:while|whereas|but|although)\\b");
    private static final String CHANGE = "\\b(?:improv|rais|increas|boost|enhanc|reduc|lower|decreas|cut|lift|elevat)\\w*\\s+";
    private static final Pattern CHANGE_VERB = Pattern.compile(CHANGE, Pattern.CASE_INSENSITIVE);
    private static final String OBJECT = "((?:(?:the|its|their|our)\\s+)?(?:[A-Za-z$\\\\][^\\s,;()]*\\s+){0,3}?[A-Za-z$\\\\][^\\s,;()]*)\\s+"
            + "(?:(?:on|across|in|for|at)\\s+[^,;()]{1,40}?\\s+)?by\\s+(?:up\\s+to\\s+|over\\s+|about\\s+|nearly\\s+|approximately\\s+|~\\s*)?$";
    private static final Pattern CHANGED_OBJECT = Pattern.compile(CHANGE + OBJECT, Pattern.CASE_INSENSITIVE);
    private static final Pattern COORDINATED_OBJECT = Pattern.compile("^\\s*(?:%|points?)?\\s*,?\\s*and\\s+" + OBJECT);
    private static final Pattern DECREASE_VERB = Pattern.compile("(?i)(?:reduc|lower|decreas|cut)");
    /** What a decrease is a measure of ("token cost", "performance variance"); "cuts deceptive behaviours by" names no measure. */
    private static final Pattern DECREASED_MEASURE = Pattern.compile(
            "(?i)variance|costs?|latency|flops|time|overhead|memory|error|rate|loss|distance|usage|consumption|footprint|perplexity");
    private static final Pattern NAME_WITH_DIGIT = Pattern.compile("^[A-Z].*\\d|^\\d.*[A-Z]");
    /** Objects of a change verb that are not a measure ("improves performance by", "outperforms the baseline by"). */
    private static final java.util.Set<String> NOT_MEASURES = java.util.Set.of(
            "performance", "performances", "results", "result", "it", "them", "this", "that", "these", "baseline", "baselines",
            "model", "models", "method", "methods", "approach", "approaches", "system", "systems", "average", "margin",
            "others", "competitors", "sota", "state-of-the-art", "art", "significantly", "substantially", "further",
            "consistently", "overall", "respectively");
    private static final java.util.Set<String> NOT_IN_MEASURE = java.util.Set.of(
            "over", "than", "upon", "with", "to", "from", "against", "vs", "vs.", "and", "or", "compared", "is", "are",
            "was", "were", "by", "we", "which", "that", "on", "in", "at", "for", "across");
    /** Sentences about ablations, variants or alternatives: their numbers are not the proposal's own. */
    private static final Pattern COUNTERFACTUAL = Pattern.compile(
            "(?i)\\b(?:ablat|w/o\\b|variants?\\b|alternatives?\\b|removing|replacing)");
    private static final Pattern ON_RIGHT = Pattern.compile("^[^.;]{0,60}?\\b(?:on|in|for|at|of)\\s+(?:the\\s+)?$");

    /** Everything the assembler needs about one sentence. */
    record SentenceFacts(String text, List<Quantity> quantities, List<Mention> benchmarks, List<Mention> metrics,
                         List<Entity> proposals) {
    }

    /** A linked number, not yet placed in the original text. */
    record Linked(Quantity quantity, ResultKind kind, String method, String benchmark, String metric,
                  String baseline, double confidence) {
    }

    private static final double SHRINK = 0.8;
    private final KindClassifier kinds = new KindClassifier();

    List<Linked> link(SentenceFacts f) {
        String s = f.text();
        List<Quantity> qs = f.quantities();
        int n = qs.size();
        ResultKind[] kind = new ResultKind[n];
        String[] bench = new String[n];
        boolean[] blocked = new boolean[n];
        for (int i = 0; i < n; i++) {
            Quantity prev = i == 0 ? null : qs.get(i - 1);
            kind[i] = kinds.classify(s, qs.get(i), prev, i == 0 ? null : kind[i - 1]);
        }
        kinds.resolve(s, qs, kind);
        List<Mention> b = f.benchmarks();
        respectivelyBenchmarks(s, qs, b, bench);
        listedBenchmarks(s, qs, b, bench);
        for (int i = 0; i < n; i++) {
            if (bench[i] != null) {
                continue;
            }
            Quantity q = qs.get(i);
            int nextStart = i + 1 < n ? qs.get(i + 1).start() : s.length();
            int prevEnd = i > 0 ? qs.get(i - 1).end() : 0;
            String right = s.substring(q.end(), nextStart);
            if (NO_BENCHMARK.matcher(right).find()) {
                blocked[i] = true;
                continue;
            }
            Mention m = parenthesisOwner(b, q, s);
            if (m == null) {
                m = firstIn(b, q.end(), nextStart, s);
            }
            if (m == null) {
                m = lastIn(b, prevEnd, q.start());
                if (m != null && CLAUSE_BREAK.matcher(s.substring(m.end(), q.start()).replaceAll("\\([^()]*\\)", "")).find()) {
                    m = null;
                }
            }
            bench[i] = m == null ? null : m.text();
        }
        for (int i = n - 2; i >= 0; i--) {
            if (bench[i] == null && !blocked[i] && bench[i + 1] != null && kind[i] == kind[i + 1]) {
                bench[i] = bench[i + 1];
            }
        }
        for (int i = 1; i < n; i++) {
            if (bench[i] == null && !blocked[i] && bench[i - 1] != null && kind[i] == kind[i - 1]
                    && lastIn(b, 0, qs.get(i).start()) != null) {
                bench[i] = bench[i - 1];
            }
        }
        if (b.size() == 1 && EVALUATED_ON.matcher(s.substring(0, b.get(0).start())).find()) {
            for (int i = 0; i < n; i++) {
                if (bench[i] == null && !blocked[i] && (kind[i] == ResultKind.ABSOLUTE || kind[i] == ResultKind.IMPROVEMENT)) {
                    bench[i] = b.get(0).text();
                }
            }
        }
        Entity primary = f.proposals().stream()
                .filter(p -> p.type() != EntityType.BENCHMARK && p.type() != EntityType.DATASET)
                .findFirst().orElse(null);
        List<Linked> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Quantity q = qs.get(i);
            int prevEnd = i > 0 ? qs.get(i - 1).end() : 0;
            int nextStart = i + 1 < n ? qs.get(i + 1).start() : s.length();
            String metric = metric(f.metrics(), q, prevEnd, nextStart, s, kind[i] != ResultKind.RATIO);
            if (metric == null && i > 0 && out.get(i - 1).kind() == kind[i]) {
                metric = out.get(i - 1).metric();
            }
            if (metric == null) {
                for (int j = i + 1; j < n && metric == null; j++) {
                    int ps = qs.get(j - 1).end();
                    String gap = s.substring(ps, qs.get(j).start());
                    if (!COORDINATION_GAP.matcher(gap).find() && !RANGE_GAP.matcher(gap).matches()) {
                        break;
                    }
                    int ns = j + 1 < n ? qs.get(j + 1).start() : s.length();
                    metric = metric(f.metrics(), qs.get(j), qs.get(j).end(), ns, s, kind[j] != ResultKind.RATIO);
                }
            }
            String method = method(s, q, f, primary, bench[i], kind[i]);
            String baseline = baseline(s, q, prevEnd, nextStart, b, method);
            double confidence = confidence(q, kind[i], bench[i], method);
            out.add(new Linked(q, kind[i], method, bench[i], metric, baseline, confidence));
        }
        pairBaselines(s, qs, out);
        return out;
    }

    /** "14.54% and 31.32% over LLaVA-Rad and MedGemma": a run of numbers, then as many baselines, pair in order. */
    private static void pairBaselines(String s, List<Quantity> qs, List<Linked> out) {
        int runStart = 0;
        for (int i = 0; i < qs.size(); i++) {
            boolean runContinues = i + 1 < qs.size()
                    && COORDINATION_GAP.matcher(s.substring(qs.get(i).end(), qs.get(i + 1).start())).find();
            if (runContinues) {
                continue;
            }
            int runLength = i - runStart + 1;
            if (runLength >= 2) {
                Matcher m = BASELINE_LIST.matcher(s.substring(qs.get(i).end()));
                if (m.find()) {
                    String[] names = m.group(1).split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
                    if (names.length == runLength && java.util.Arrays.stream(names).allMatch(Names::nameLike)) {
                        for (int k = 0; k < runLength; k++) {
                            out.set(runStart + k, withBaseline(out.get(runStart + k), names[k]));
                        }
                    }
                }
                String shared = out.get(runStart).baseline();
                boolean restEmpty = out.subList(runStart + 1, i + 1).stream().allMatch(l -> l.baseline() == null);
                if (shared != null && restEmpty) {
                    for (int k = runStart + 1; k <= i; k++) {
                        out.set(k, withBaseline(out.get(k), shared));
                    }
                }
            }
            runStart = i + 1;
        }
    }

    /** "by 23.7% and 10.3% on A and B, respectively": numbers pair with the benchmarks listed after (or before) them. */
    private static void respectivelyBenchmarks(String s, List<Quantity> qs, List<Mention> b, String[] bench) {
        int n = qs.size();
        if (!s.contains("respectively") || n < 2 || b.size() < 2 || respectivelyClauses(s, qs, b, bench)) {
            return;
        }
        List<Mention> list = new ArrayList<>();
        for (Mention m : b) {
            if (m.start() > qs.get(n - 1).end()) {
                list.add(m);
            }
        }
        if (list.isEmpty()) {
            for (Mention m : b) {
                if (m.end() <= qs.get(0).start()) {
                    list.add(m);
                }
            }
        }
        if (list.size() >= 2 && n % list.size() == 0) {
            for (int i = 0; i < n; i++) {
                bench[i] = list.get(i % list.size()).text();
            }
        }
    }

    /**
     * "on A and B to 51.1 and 44.3 respectively, and on C and D to 1.19 and 1.08 respectively": each
     * clause ending in "respectively" pairs its own numbers with its own names (those before its first
     * number, else those between its last number and "respectively"). False when no clause pairs.
     */
    private static boolean respectivelyClauses(String s, List<Quantity> qs, List<Mention> b, String[] bench) {
        boolean paired = false;
        int clauseStart = 0;
        int at = s.indexOf("respectively");
        while (at >= 0) {
            if (pairRunBefore(s, qs, b, bench, clauseStart, at)) {
                paired = true;
                clauseStart = at + "respectively".length();
                at = s.indexOf("respectively", clauseStart);
                continue;
            }
            List<Integer> inClause = new ArrayList<>();
            for (int i = 0; i < qs.size(); i++) {
                if (qs.get(i).start() >= clauseStart && qs.get(i).end() <= at) {
                    inClause.add(i);
                }
            }
            if (inClause.size() >= 2) {
                int first = qs.get(inClause.get(0)).start();
                int last = qs.get(inClause.get(inClause.size() - 1)).end();
                List<Mention> names = new ArrayList<>();
                for (Mention m : b) {
                    if (m.start() >= clauseStart && m.end() <= first) {
                        names.add(m);
                    }
                }
                if (names.size() < 2) {
                    names.clear();
                    for (Mention m : b) {
                        if (m.start() >= last && m.end() <= at) {
                            names.add(m);
                        }
                    }
                }
                if (names.size() >= 2 && inClause.size() % names.size() == 0) {
                    for (int k = 0; k < inClause.size(); k++) {
                        bench[inClause.get(k)] = names.get(k % names.size()).text();
                    }
                    paired = true;
                }
            }
            clauseStart = at + "respectively".length();
            at = s.indexOf("respectively", clauseStart);
        }
        return paired;
    }

    /**
     * "gains on A and B (+7.1% and +3% PQ, respectively)": the coordinated run of numbers that ends the
     * clause pairs with the names between the previous number and the run, or between the run and
     * "respectively".
     */
    private static boolean pairRunBefore(String s, List<Quantity> qs, List<Mention> b, String[] bench,
                                         int clauseStart, int at) {
        int last = -1;
        for (int i = 0; i < qs.size(); i++) {
            if (qs.get(i).start() >= clauseStart && qs.get(i).end() <= at) {
                last = i;
            }
        }
        if (last < 1) {
            return false;
        }
        int first = last;
        while (first > 0 && qs.get(first - 1).start() >= clauseStart
                && COORDINATION_GAP.matcher(s.substring(qs.get(first - 1).end(), qs.get(first).start())).find()) {
            first--;
        }
        int run = last - first + 1;
        if (run < 2) {
            return false;
        }
        int from = first > 0 ? Math.max(clauseStart, qs.get(first - 1).end()) : clauseStart;
        List<Mention> names = new ArrayList<>();
        for (Mention m : b) {
            if (m.start() >= from && m.end() <= qs.get(first).start()) {
                names.add(m);
            }
        }
        if (names.size() != run) {
            names.clear();
            for (Mention m : b) {
                if (m.start() >= qs.get(last).end() && m.end() <= at) {
                    names.add(m);
                }
            }
        }
        if (names.size() != run) {
            return false;
        }
        for (int k = 0; k < run; k++) {
            bench[first + k] = names.get(k).text();
        }
        return true;
    }

    /**
     * "0.531 and 0.679 on HiXray and PIDray": a run of coordinated numbers followed by as many
     * benchmarks pairs in order; with "respectively", a later run of the same length reuses the list.
     */
    private static void listedBenchmarks(String s, List<Quantity> qs, List<Mention> b, String[] bench) {
        List<Mention> lastList = null;
        int runStart = 0;
        for (int i = 0; i < qs.size(); i++) {
            if (i + 1 < qs.size() && COORDINATION_GAP.matcher(s.substring(qs.get(i).end(), qs.get(i + 1).start())).find()) {
                continue;
            }
            int runLength = i - runStart + 1;
            int to = i + 1 < qs.size() ? qs.get(i + 1).start() : s.length();
            List<Mention> after = new ArrayList<>();
            for (Mention m : b) {
                if (m.start() >= qs.get(i).end() && m.end() <= to) {
                    after.add(m);
                }
            }
            boolean listed = after.size() == runLength && runLength >= 2
                    && ON_RIGHT.matcher(s.substring(qs.get(i).end(), after.get(0).start())).find();
            if (!listed && lastList != null && lastList.size() == runLength && s.contains("respectively")) {
                after = lastList;
                listed = true;
            }
            if (listed) {
                for (int k = 0; k < runLength; k++) {
                    if (bench[runStart + k] == null) {
                        bench[runStart + k] = after.get(k).text();
                    }
                }
                lastList = after;
            }
            runStart = i + 1;
        }
    }

    private static Linked withBaseline(Linked l, String baseline) {
        return new Linked(l.quantity(), l.kind(), l.method(), l.benchmark(), l.metric(), baseline, l.confidence());
    }

    private static Mention firstIn(List<Mention> ms, int from, int to, String s) {
        for (Mention m : ms) {
            if (m.start() >= from && m.end() <= to) {
                String gap = s.substring(from, m.start());
                if (ON_RIGHT.matcher(gap).find() || gap.matches("\\s*%?\\s+")) {
                    return m;
                }
            }
        }
        return null;
    }

    private static Mention parenthesisOwner(List<Mention> ms, Quantity q, String s) {
        int open = s.lastIndexOf('(', q.start());
        if (open < 0 || !s.substring(open + 1, q.start()).isBlank()) {
            return null;
        }
        for (Mention m : ms) {
            if (m.end() <= open && s.substring(m.end(), open).isBlank()) {
                return m;
            }
        }
        return null;
    }

    private static Mention lastIn(List<Mention> ms, int from, int to) {
        Mention last = null;
        for (Mention m : ms) {
            if (m.start() >= from && m.end() <= to) {
                last = m;
            }
        }
        return last;
    }

    private static String metric(List<Mention> ms, Quantity q, int prevEnd, int nextStart, String s, boolean nearby) {
        for (Mention m : ms) {
            if (m.end() <= q.start() && m.start() >= prevEnd
                    && METRIC_BEFORE.matcher(s.substring(m.end(), q.start())).matches()) {
                return m.text();
            }
        }
        for (Mention m : ms) {
            if (m.start() >= q.end() && m.end() <= nextStart
                    && METRIC_AFTER.matcher(s.substring(q.end(), m.start())).matches()) {
                return m.text();
            }
        }
        String object = changedObject(s, ms, prevEnd, q.start());
        if (object != null) {
            return object;
        }
        if (!nearby) {
            return null;
        }
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : ms) {
            int d;
            if (m.end() <= q.start() && m.start() >= prevEnd) {
                d = q.start() - m.end();
            } else if (m.start() >= q.end() && m.end() <= nextStart
                    && !CLAUSE_BREAK.matcher(s.substring(q.end(), m.start())).find()) {
                d = m.start() - q.end();
            } else {
                continue;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = m;
            }
        }
        return best == null || bestDistance > 80 ? null : best.text();
    }

    /**
     * "raises observed agreement by 11.62%", "reducing per-step token cost by 6.6%", "improves X by 1.61% and total
     * pressure ratio by 3.02%": the object of a change verb, right before "by", names what was measured.
     */
    private static String changedObject(String s, List<Mention> ms, int prevEnd, int numberStart) {
        if (prevEnd >= numberStart) {
            return null;
        }
        String left = s.substring(prevEnd, numberStart);
        if (!left.contains("by ")) {
            return null;
        }
        Matcher m = CHANGED_OBJECT.matcher(left);
        for (int from = 0; from < left.length() && m.find(from); from = m.start() + 1) {
            String object = measureObject(m, ms, prevEnd);
            if (object != null) {
                return object;
            }
        }
        m = COORDINATED_OBJECT.matcher(left);
        if (prevEnd > 0 && m.find() && !CHANGE_VERB.matcher(m.group(1)).lookingAt()
                && CHANGE_VERB.matcher(s.substring(Math.max(0, prevEnd - 120), prevEnd)).find()) {
            return measureObject(m, ms, prevEnd);
        }
        return null;
    }

    private static String measureObject(Matcher m, List<Mention> ms, int offset) {
        int objectStart = offset + m.start(1);
        int objectEnd = offset + m.end(1);
        String object = m.group(1).replaceFirst("^(?i:the|its|their|our)\\s+", "");
        String[] words = object.split("\\s+");
        String head = words[words.length - 1];
        if (NOT_MEASURES.contains(head.toLowerCase(java.util.Locale.ROOT))
                || java.util.Arrays.stream(words).anyMatch(w -> NOT_IN_MEASURE.contains(w.toLowerCase(java.util.Locale.ROOT))
                        || w.endsWith("ly") || NAME_WITH_DIGIT.matcher(w).find())) {
            return null;
        }
        if (DECREASE_VERB.matcher(m.group()).lookingAt() && !Character.isUpperCase(head.charAt(0))
                && !DECREASED_MEASURE.matcher(head).matches()) {
            return null;
        }
        for (Mention named : ms) {
            if (named.start() >= objectStart && named.end() <= objectEnd) {
                return named.text();
            }
        }
        return object;
    }

    private static String method(String s, Quantity q, SentenceFacts f, Entity primary, String benchmark, ResultKind kind) {
        Matcher after = METHOD_AFTER.matcher(s.substring(q.end()));
        if (after.find()) {
            String cand = subjectName(after.group(1));
            int at = q.end() + after.start(1);
            if (cand != null && f.benchmarks().stream().noneMatch(b -> b.start() <= at && at < b.end())
                    && f.metrics().stream().noneMatch(x -> x.start() < at + cand.length() && at < x.end())
                    && !cand.equals(benchmark)
                    && !Names.modelName(cand)) {
                return cand;
            }
        }
        String prefix = s.substring(0, q.start());
        Entity nearest = null;
        int nearestAt = -1;
        for (Entity p : f.proposals()) {
            if (p.type() == EntityType.BENCHMARK || p.type() == EntityType.DATASET) {
                continue;
            }
            int at = lastMention(prefix, p);
            if (at > nearestAt) {
                nearestAt = at;
                nearest = p;
            }
        }
        Matcher m = SUBJECT.matcher(prefix);
        String subject = null;
        while (m.find()) {
            String cand = subjectName(m.group(1));
            if (cand == null) {
                continue;
            }
            int at = m.start(1) + m.group(1).indexOf(cand);
            int candEnd = at + cand.length();
            boolean extendsProposal = m.start(1) <= nearestAt && nearest != null
                    && cand.length() > nearest.name().length() && cand.startsWith(nearest.name());
            boolean instrument = INSTRUMENT.matcher(prefix.substring(Math.max(0, at - 30), at)).find();
            if (!instrument && (m.start() > nearestAt || extendsProposal)
                    && f.metrics().stream().noneMatch(x -> x.start() < candEnd && at < x.end()) && !Names.generic(cand) && !cand.equals(benchmark)
                    && f.benchmarks().stream().noneMatch(b -> b.text().equals(cand) || b.start() < candEnd && at < b.end())) {
                subject = cand;
            }
        }
        if (subject != null) {
            return subject;
        }
        if (nearest != null) {
            return nearest.name();
        }
        Matcher ours = OUR_METHOD.matcher(s);
        if (primary != null && ours.find() && !(ours.group().endsWith("s") && f.proposals().size() > 1)) {
            return primary.name();
        }
        if (primary != null && kind != ResultKind.REDUCTION && soleProposal(f) && !COUNTERFACTUAL.matcher(s).find()) {
            return primary.name();
        }
        return null;
    }

    /** True when the paper proposes exactly one method, model or framework: the default author of its gains and scores. */
    private static boolean soleProposal(SentenceFacts f) {
        return f.proposals().stream()
                .filter(p -> p.type() != EntityType.BENCHMARK && p.type() != EntityType.DATASET).count() == 1;
    }

    /**
     * The name in a subject phrase: drops leading words that are not capitalised names ("The", "Our")
     * and trailing generic words ("PPME LLM" -> "PPME"); null when no name-like word remains.
     */
    static String subjectName(String phrase) {
        List<String> words = new ArrayList<>(List.of(phrase.strip().split("\\s+")));
        while (!words.isEmpty() && (Names.generic(words.get(0)) || !Character.isUpperCase(words.get(0).charAt(0))
                && !Character.isDigit(words.get(0).charAt(0)) && !Names.nameLike(words.get(0)))) {
            words.remove(0);
        }
        while (!words.isEmpty() && (Names.generic(words.get(words.size() - 1))
                || !Character.isUpperCase(words.get(words.size() - 1).charAt(0))
                && !Character.isDigit(words.get(words.size() - 1).charAt(0)) && !Names.nameLike(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty() || words.stream().noneMatch(Names::nameLike) && words.size() < 2) {
            return null;
        }
        if (words.size() > 1 && !Character.isUpperCase(words.get(0).charAt(0)) && !Names.nameLike(words.get(0))) {
            return null;
        }
        return String.join(" ", words).replaceAll("[.,;:]+$", "");
    }

    /** Start of the last mention of the entity's name or an alias in {@code text}, or -1. */
    private static int lastMention(String text, Entity e) {
        int last = lastWord(text, e.name());
        for (String a : e.aliases()) {
            last = Math.max(last, lastWord(text, a));
        }
        return last;
    }

    private static int lastWord(String text, String word) {
        int last = -1;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '-';
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '-';
            if (startOk && endOk) {
                last = at;
            }
        }
        return last;
    }

    private static String baseline(String s, Quantity q, int prevEnd, int nextStart, List<Mention> benchmarks,
                                   String method) {
        Matcher named = BASELINE_NAMED.matcher(s.substring(q.end(), Math.min(s.length(), nextStart + 40)));
        if (named.find()) {
            String name = baselineName(named.group(1), benchmarks, method);
            if (name != null) {
                return name;
            }
        }
        Matcher r = BASELINE_RIGHT.matcher(s.substring(q.end(), nextStart));
        if (r.find()) {
            String name = baselineName(r.group(1), benchmarks, method);
            if (name != null) {
                return name;
            }
        }
        Matcher l = BASELINE_LEFT.matcher(s.substring(prevEnd, q.start()));
        String found = null;
        while (l.find()) {
            String name = baselineName(l.group(1), benchmarks, method);
            if (name != null) {
                found = name;
            }
        }
        return found;
    }

    private static String baselineName(String phrase, List<Mention> benchmarks, String method) {
        String[] words = phrase.split("\\s+");
        String first = words[0];
        for (int i = 1; i < words.length && !words[i - 1].matches(".*[.,;:]$") && Character.isUpperCase(first.charAt(0))
                && words[i].matches("[A-Z0-9][\\w.\\-]*[.,;:]?") && !Names.generic(words[i].replaceAll("[.,;:]+$", "")); i++) {
            first = first + " " + words[i];
        }
        String name = Names.stripPossessive(first.replaceAll("[.,;:]+$", ""));
        if (name.contains(" ") && java.util.Arrays.stream(name.split(" ")).noneMatch(Names::nameLike)) {
            name = name.split(" ")[0];
        }
        if (!Names.nameLike(name) || Names.generic(name) || name.equals(method)) {
            return null;
        }
        for (Mention b : benchmarks) {
            if (b.text().equals(name)) {
                return null;
            }
        }
        return name;
    }

    /**
     * The estimated probability that the whole result is right (value, kind, benchmark, metric, method and
     * baseline). Log-odds: a base rate plus one shrunk term per cue, each term the log-odds difference its
     * cue made on the development set and the held-out sanity sample together (143 results; see
     * EVALUATION.md, "Confidence calibration"). Shrunk by {@link #SHRINK} because the cues are correlated.
     */
    private static double confidence(Quantity q, ResultKind kind, String benchmark, String method) {
        double logit = 0.2;
        logit += SHRINK * (q.unit() != null || q.sign() != 0 ? 0.17 : -0.94);
        logit += SHRINK * (method != null ? 0.41 : -0.77);
        logit += SHRINK * (benchmark != null ? 0.56 : -0.29);
        logit += SHRINK * switch (kind) {
            case IMPROVEMENT -> 0.90;
            case ABSOLUTE -> -0.17;
            case RATIO -> -0.61;
            case REDUCTION -> -1.39;
        };
        if (q.isFromTo()) {
            logit -= SHRINK * 0.45;
        }
        double p = 1 / (1 + Math.exp(-logit));
        return Math.round(Math.max(0.05, Math.min(0.97, p)) * 100) / 100.0; // two decimals: an estimate, not a measurement
    }
}
