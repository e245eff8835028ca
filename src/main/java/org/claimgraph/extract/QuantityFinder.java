package org.claimgraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers of a sentence that can be results and drops those that cannot: model and
 * dataset sizes, counts, years, hyper-parameters, shares of a budget ("10% of the data").
 *
 * <p>Design decision: a percentage, a signed number or a multiplicative factor is a result unless a
 * filter says otherwise; a bare number ("83.8") is one only with a cue (a scoring verb or metric
 * before it, "on NAME" or a metric after it), because bare numbers are mostly counts.
 */
final class QuantityFinder {
    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String HEDGE = "(?:less\\s+than\\s+|more\\s+than\\s+|over\\s+|under\\s+|around\\s+|about\\s+"
            + "|approximately\\s+|roughly\\s+|nearly\\s+|just\\s+|only\\s+|as\\s+(?:low|high|much|little)\\s+as\\s+|~\\s*)?";
    /** "from 53.75% (clear) with a plain baseline to 65.41%": a few words may sit between the two numbers. */
    private static final GuardedPattern FROM_TO = GuardedPattern.digitAnd(Pattern.compile(
            "\\bfrom\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+){0,2}?" + HEDGE + NUM + "\\s*(%|points?)?"
                    + "(?:\\s*\\([^()]{0,30}\\))?(?:\\s+(?!to\\b|into\\b)[\\w\\-]+){0,6}?\\s+(?:to|into)\\s+" + HEDGE
                    + NUM + "\\s*(%|points?)?(?![\\w.]\\d)", Pattern.CASE_INSENSITIVE), "from");
    /** An error bar ("± 0.2", "+- 0.007", "+/- 1.3"): not a result of its own; masked before numbers are read. */
    private static final GuardedPattern ERROR_BAR = GuardedPattern.anyOf(Pattern.compile("\\s*(?:±|\\+-|\\+/-)\\s*\\d+(?:\\.\\d+)?(?=\\s*(?:%|\\D|$))"), "±", "+-", "+/-");
    /** "4-5%", "91–94%", "12%~18%", "41 to 100%", "8.6-8.8 times": two results, one per end, sharing the unit. */
    private static final GuardedPattern RANGE = GuardedPattern.digitAnd(Pattern.compile(
            NUM + "(\\s*%)?\\s*(?:-|–|—|~|\\bto\\b)\\s*(?=\\d)" + NUM
                    + "(?=\\s*(?:%|percent\\b|percentage\\s+points?\\b|pp\\b|points?\\b|×|x\\b|X\\b|-?fold\\b|\\s?times\\b))"));
    /** "0.731 vs 0.727", "55.5% of pairs vs. 47.3% for BPE": the first is the result, the second its baseline's score. */
    private static final GuardedPattern VERSUS = GuardedPattern.digitAnd(Pattern.compile(
            NUM + "\\s*(%)?(?:\\s+(?:of\\s+)?[a-z][\\w\\-]*){0,2}\\s*,?\\s+(?:vs\\.?|versus)\\s+" + NUM + "\\s*(%)?(?![\\w.]\\d)"), "vs", "versus");
    /** "six percentage points", "ten percent": a number word with a percentage unit. */
    private static final GuardedPattern WORD_PERCENT = GuardedPattern.anyOf(Pattern.compile(
            "\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
                    + "\\s+(percentage\\s+points?|percent)\\b", Pattern.CASE_INSENSITIVE), "percent");
    private static final Pattern NUMBER = Pattern.compile(
            "([+\\-−±]\\s?)?" + NUM
                    + "(\\s*(?:%|percent\\b|-?percentage[ \\-]points?\\b|-points?\\b|pp\\b|p\\.p\\.|points?\\b|pts\\b|×|x\\b|X\\b"
                    + "|-?fold\\b|\\s?times\\b))?");
    private static final GuardedPattern WORD_FACTOR = GuardedPattern.anyOf(Pattern.compile(
            "\\b(two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand)[- ]?fold\\b"
                    + "|\\b(doubl(?:es|ed|ing)|tripl(?:es|ed|ing)|quadrupl(?:es|ed|ing)|twice|thrice)\\b"
                    + "|\\b(two|three|four|five|six|seven|eight|nine|ten)\\s+times\\b",
            Pattern.CASE_INSENSITIVE), "fold", "doubl", "tripl", "quadrupl", "twice", "thrice", "times");
    private static final Pattern SCALE_AFTER = Pattern.compile(
            "^(?:\\s?(?:[BMKkT]|[Bb]illion|[Mm]illion|[Tt]housand|GB|MB|TB|KB|GiB|ms|s|sec|h|hrs?|min|GHz|"
                    + "fps|FPS|FLOPs?|GFLOPs|TFLOPs|params|parameters|bits?(?!\\s*(?:/|per)\\s*(?:char|character|byte|dim|pixel))|bytes?|px|pixels|mm|cm|m|km|Hz|kHz|dB|"
                    + "layers|tokens|samples|examples|images|videos|hours|days|minutes|seconds|epochs|steps|"
                    + "iterations|languages|tasks|datasets|benchmarks|models|classes|categories|labels|shots?|"
                    + "participants|subjects|users|annotators|questions|problems|instances|pairs|queries|"
                    + "documents|papers|articles|sentences|words|frames|clips|scenes|objects|domains|"
                    + "environments|agents|trajectories|episodes|interactions|demonstrations|GPUs|nodes|"
                    + "patients|cases|countries|hospitals|prompts|responses|dialogues|conversations|games|"
                    + "items|entities|relations|attributes|features|dimensions|heads|experts|rounds|turns|"
                    + "years|months|weeks|people|individuals|points? clouds?|k|K)\\b|-(?:shot|way|layer|bit|dim))");
    private static final Pattern FOLD_NOUN = Pattern.compile(
            "^\\s*(?:cross|CV\\b|validation|experiment|split|stratified|nested|manner|way|design|contribution|"
                    + "approach|strategy|goal|purpose|aim|objective|problem|challenge|analysis|evaluation|test|mechanism|"
                    + "framework|process|procedure|role|benefit|effect|impact|structure|scheme)", Pattern.CASE_INSENSITIVE);
    /** What may follow a factor that states a result: a comparative or change word, or the end of the phrase. */
    private static final Pattern RATIO_CONTEXT = Pattern.compile(
            "^(?:\\s*$|\\s*[,.;:)\\]]|\\s+(?:over|than|compared|relative|vs\\.?|versus|while|when|with|without|on|in|"
                    + "for|at|and|or|across|from|to|as)\\b|\\s*(?:[\\w\\-]+\\s+){0,2}?(?:faster|slower|more|less|fewer|higher|lower|"
                    + "larger|smaller|better|cheaper|greater|quicker|shorter|longer|speed-?ups?|acceleration|reductions?|"
                    + "improvements?|increases?|decreases?|compression|gains?|boosts?|savings?|throughput|efficiency|"
                    + "wall-clock|inference|training|memory|lift)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A factor that describes a setting, not a gain: "30 times as many parameters", "4x super-resolution". */
    private static final Pattern NOT_A_GAIN = Pattern.compile(
            "^\\s*(?:as\\s+(?:many|much|large|big|long)\\b|(?:video\\s+|image\\s+)?(?:super-?resolution|SR\\b|upscal|"
                    + "upsampl|downsampl|magnification|zoom|compression\\s+ratio|smaller\\s+model|larger\\s+model))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIMES_OK = Pattern.compile(
            "^\\s*(faster|slower|more|less|fewer|higher|lower|larger|smaller|better|speed-?ups?|cheaper|"
                    + "greater|reduction|improvement|increase|as\\b|over\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_CUE_LEFT = Pattern.compile(
            "(achiev\\w*|results?\\s+of|values?\\s+of|attain\\w*|reach\\w*|obtain\\w*|scor\\w*|record\\w*|yield\\w*|deliver\\w*|hits?|"
                    + "gets?|accuracy|F1|BLEU|ROUGE[-\\w]*|AUC|AUROC|mAP|mIoU|IoU|FID|PSNR|SSIM|EM|"
                    + "pass@\\d+|perplexity|WER|CER|success rate|Spearman|Pearson|correlation|kappa|MAE|RMSE|"
                    + "NDCG|MRR|CIDEr|METEOR|recall|precision|dice|R\\^?2|R-squared)(?:@[\\d.]+)?\\)?"
                    + "(?:\\s+(?:of|at|to|by|=|:|as high as|up to|around|about|approximately|an?|the|average|values?|"
                    + "mean|overall|score|scores|accuracy|rate|\\w+@\\d+|\\(\\w+\\)))*\\s*[~≈]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_CUE_RIGHT = Pattern.compile(
            "^\\s*(?:(?:on|in|for)\\s+(?:the\\s+)?[A-Z][\\w\\-]*[A-Z0-9]|(?:on|in)\\s+[A-Z]{2,}"
                    + "|(?:[a-z]+(?:-[a-z]+)+\\s+)?(?:F1|BLEU|ROUGE|AUC|mAP|mIoU|FID|PSNR|SSIM|EM|accuracy|points|CIDEr|METEOR|dB)\\b|\\))");
    /** "achieving a peak signal-to-noise ratio of 41.87, a structural similarity of 0.98": a scoring verb, then "X of". */
    private static final Pattern VERB_OF = Pattern.compile(
            "\\b(?:achiev|attain|reach|obtain|record|yield|report|scor)\\w*\\s+(?:[\\w\\-.,]+\\s+){0,14}?(?:of|at|=|:)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** The gap after a score to the next item of the same list: ", a structural similarity of ", " and RMSE of ". */
    private static final Pattern LISTED_AFTER = Pattern.compile(
            "\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:an?\\s+|the\\s+)?[\\w\\-\\s]{1,60}?\\s(?:of|=|:|at)\\s*");
    private static final Pattern PRIOR_SCORE = Pattern.compile(
            "(?i)\\b(?:above|over|than|surpassing|beating|exceeding|versus|vs\\.?)\\s+(?:the\\s+)?(?:prior|previous|best|reported|"
                    + "published|state-of-the-art|SOTA)\\s+(?:[\\w\\-]+\\s+){0,3}?(?:of|at)\\s+$");
    /** Two bare scores in one list: "F1-scores of 0.94 and 0.92", "0.624 on validation and 0.619 on a held-out set". */
    private static final Pattern COORDINATED = Pattern.compile(
            "\\s*(?:(?:on|in|for)\\s+(?:the\\s+)?[\\w\\-]+(?:\\s+[\\w\\-]+){0,2}?\\s*)?(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*/\\s*)");
    /** A decimal after an upper-case measure and "=": "R^2 = 0.80", "CCC = 0.89" (not "N = 54", "p = 0.03"). */
    private static final Pattern ACRONYM_EQUALS = Pattern.compile(
            "(?<![\\w^\\-])[A-Z][A-Z0-9]*(?:\\^\\d)?[A-Z0-9]*(?:-[A-Za-z0-9]+)?\\s*=\\s*$");
    /** A score written in brackets after a baseline, "over the no-skill baseline (0.303)": the baseline's, not a result. */
    private static final Pattern BASELINE_BRACKET = Pattern.compile("(?s).*\\bbaselines?\\s*\\(\\s*$");
    /** "models over 30x larger": a factor of model size, not a gain. */
    private static final Pattern SIZE_FACTOR = Pattern.compile("^\\s*(?:larger|bigger|smaller|more\\s+parameters)\\b");
    /** Percentages that set up an experiment: "at 90% sparsity", "with 50% masking", "under 20% noise". */
    private static final Pattern SETTING_AFTER = Pattern.compile(
            "^\\s*(?:sparsity|pruning|compression|masking|mask|noise|density|ratio|budget|labels?|data|occlusion|"
                    + "corruption|missing|dropout|retention|sampling|poisoning|overlap|coverage|training|scale|IoU|"
                    + "threshold)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern METRIC_LEFT = Pattern.compile(
            "(?:accuracy|F1|[\\w\\-]+-F1|BLEU|ROUGE[-\\w]*|AUC|AUROC|AUPR|mAP|mIoU|IoU|FID|PSNR|SSIM|LPIPS|EM|MAE|RMSE|MSE|"
                    + "score|pass@\\d+|(?<!learning |sampling |dropout |frame |bit |decay |mask |masking )rate|Dice|recall|"
                    + "precision|correlation|kappa)"
                    + "\\s*(?:of|at|=|:)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAMETER_LEFT = Pattern.compile(
            "(?:=|<|>|≤|≥|size|rate of|λ|temperature|threshold|budget|batch|epochs?|steps?|layers?|dimension|"
                    + "\\btop|@|\\bk|\\bN|\\bn|\\bof only|\\bwith|\\bversion|\\bv|\\bTable|\\bFigure|\\bSection|\\bFig\\.|"
                    + "\\bEq\\.|\\bstep|\\bround|\\blevel|\\bphase|\\bstage)\\s*$");
    /** "to 51.1 and 44.3 respectively": a run of scores paired with a list of benchmarks or metrics. */
    private static final Pattern RESPECTIVELY_RIGHT = Pattern.compile(
            "^\\s*(?:bits?\\s*(?:/|per)\\s*char(?:acter)?|BPC)?(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)\\d+\\.\\d+"
                    + "\\s*(?:bits?\\s*(?:/|per)\\s*char(?:acter)?|BPC)?)*\\s*,?\\s+respectively\\b");
    private static final Pattern SCORING_SENTENCE = Pattern.compile(
            "(?i)\\b(?:improv|achiev|outperform|reach|obtain|attain|state[- ]of[- ]the[- ]art|perplexit|accuracy|"
                    + "scor|entropy|bits?\\s*(?:/|per)\\s*char)");
    /** "correctly identifying 83% of", "preserves 91% of peak performance": a share that an outcome verb reports is a result. */
    private static final Pattern OUTCOME_SHARE = Pattern.compile(
            "\\b(?:identif|recover|preserv|retain|clos|resolv|solv|detect|flip|explain|captur|recall)\\w*\\s+"
                    + "(?:up\\s+to\\s+|over\\s+|about\\s+|nearly\\s+|only\\s+|approximately\\s+|around\\s+|roughly\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE_RIGHT = Pattern.compile(
            "^\\s*(?:of\\b|in\\s+(?:\\w+\\s+){0,2}cases\\b|are\\b|were\\b|is\\b)", Pattern.CASE_INSENSITIVE);

    List<Quantity> find(String text) {
        List<Quantity> out = new ArrayList<>();
        if (text.stripTrailing().endsWith("?")) {
            return out;
        }
        String sentence = maskErrorBars(text);
        boolean[] used = new boolean[sentence.length() + 1];
        Matcher ft = FROM_TO.matcher(sentence);
        while (ft.find()) {
            if (sentence.substring(Math.max(0, ft.start() - 12), ft.start()).matches("(?s).*\\brang\\w*\\s+$")) {
                continue;
            }
            BigDecimal from = decimal(ft.group(1));
            BigDecimal to = decimal(ft.group(3));
            String unit = ft.group(2) != null || ft.group(4) != null
                    ? unit(ft.group(4) != null ? ft.group(4) : ft.group(2)) : null;
            if (unit == null && !BARE_CUE_LEFT.matcher(sentence.substring(Math.max(0, ft.start() - 60),
                    ft.start())).find() && !looksLikeScore(from, to)) {
                continue;
            }
            out.add(new Quantity(to, unit, (char) 0, from, ft.start(3), ft.end()));
            mark(used, ft.start(), ft.end());
        }
        Matcher vs = VERSUS.matcher(sentence);
        while (vs.find()) {
            boolean percent = vs.group(2) != null || vs.group(4) != null;
            if (used[vs.start()] || !standsAlone(sentence, vs.start(1), vs.end(1))
                    || !percent && vs.group(1).indexOf('.') < 0 && vs.group(3).indexOf('.') < 0) {
                continue;
            }
            out.add(new Quantity(decimal(vs.group(1)), percent ? "%" : null, (char) 0, decimal(vs.group(3)),
                    vs.start(1), vs.end(2) >= 0 ? vs.end(2) : vs.end(1)));
            mark(used, vs.start(), vs.end());
        }
        Matcher range = RANGE.matcher(sentence);
        while (range.find()) {
            if (used[range.start()] || used[range.start(3)] || !standsAlone(sentence, range.start(1), range.start(1))
                    || sentence.substring(Math.max(0, range.start() - 12), range.start()).matches("(?s).*\\bfrom\\s+$")) {
                continue;
            }
            Matcher high = NUMBER.matcher(sentence);
            high.region(range.start(3), sentence.length());
            Quantity q = high.lookingAt() ? quantity(sentence, high, true) : null;
            if (q == null) {
                continue;
            }
            out.add(new Quantity(decimal(range.group(1)), q.unit(), (char) 0, null, range.start(1),
                    range.end(2) >= 0 ? range.end(2) : range.end(1)));
            out.add(q);
            mark(used, range.start(), q.end());
        }
        Matcher wp = WORD_PERCENT.matcher(sentence);
        while (wp.find()) {
            Optional<BigDecimal> v = NumberParser.word(wp.group(1).toLowerCase(Locale.ROOT));
            if (used[wp.start()] || v.isEmpty()) {
                continue;
            }
            out.add(new Quantity(v.get(), unit(wp.group(2).toLowerCase(Locale.ROOT).startsWith("percentage") ? "points" : "%"),
                    (char) 0, null, wp.start(), wp.end()));
            mark(used, wp.start(), wp.end());
        }
        Matcher wf = WORD_FACTOR.matcher(sentence);
        while (wf.find()) {
            if (used[wf.start()]) {
                continue;
            }
            String w = wf.group().toLowerCase(Locale.ROOT);
            Optional<BigDecimal> v = wf.group(2) != null ? NumberParser.multiplier(wf.group(2))
                    : NumberParser.word(wf.group(1) != null ? wf.group(1) : wf.group(3));
            if (v.isEmpty()) {
                continue;
            }
            if (wf.group(3) != null && !timesOk(sentence, wf.start(), wf.end())
                    || FOLD_NOUN.matcher(sentence.substring(wf.end())).find()
                    || sentence.startsWith(":", wf.end()) || SCALE_AFTER.matcher(sentence.substring(wf.end())).find()) {
                continue;
            }
            if (wf.group(2) != null && !w.startsWith("twice")
                    && sentence.substring(wf.end()).matches("(?s)^\\s*(?:from|of|in|into|and|or|with|[,.;:)]).*")) {
                continue;
            }
            if (wf.group(2) != null && w.startsWith("twice") && !sentence.substring(wf.end()).matches(
                    "(?s)^\\s+(as|the|faster|more|fewer|less)\\b.*")) {
                continue;
            }
            out.add(new Quantity(v.get(), "x", (char) 0, null, wf.start(), wf.end()));
            mark(used, wf.start(), wf.end());
        }
        Matcher slashed = SLASHED_SCORES.matcher(sentence);
        while (slashed.find()) {
            if (used[slashed.start()]) {
                continue;
            }
            Matcher each = Pattern.compile("\\d+\\.\\d+").matcher(sentence);
            each.region(slashed.start(), slashed.end());
            while (each.find()) {
                out.add(new Quantity(decimal(each.group()), null, (char) 0, null, each.start(), each.end()));
            }
            mark(used, slashed.start(), slashed.end());
        }
        Matcher m = NUMBER.matcher(sentence);
        Quantity previous = null;
        while (m.find()) {
            int numStart = m.start(2);
            if (used[m.start(2)] || !standsAlone(sentence, numStart, m.end())) {
                continue;
            }
            boolean listed = previous != null && (LISTED_AFTER.matcher(sentence.substring(previous.end(), m.start())).matches()
                    || previous.unit() == null && m.group(3) == null && m.group(2).indexOf('.') >= 0
                    && COORDINATED.matcher(sentence.substring(previous.end(), m.start())).matches());
            Quantity q = quantity(sentence, m, listed);
            if (q != null) {
                out.add(q);
                mark(used, q.start(), q.end());
                previous = q;
            }
        }
        out.sort(Comparator.comparingInt(Quantity::start));
        return priorScoresAsBaselines(sentence, out);
    }

    /** "reaches 76.6%, above the prior published result of 73.9%": the second number is the first's baseline. */
    private static List<Quantity> priorScoresAsBaselines(String s, List<Quantity> qs) {
        for (int i = qs.size() - 1; i > 0; i--) {
            Quantity prev = qs.get(i - 1);
            Quantity q = qs.get(i);
            if (prev.baselineValue() == null && java.util.Objects.equals(prev.unit(), q.unit()) && q.sign() == 0
                    && PRIOR_SCORE.matcher(s.substring(prev.end(), q.start())).find()) {
                qs.set(i - 1, new Quantity(prev.value(), prev.unit(), prev.sign(), q.value(), prev.start(), prev.end()));
                qs.remove(i);
            }
        }
        return qs;
    }

    private static Quantity quantity(String s, Matcher m, boolean listed) {
        String signText = m.group(1);
        char sign = signText == null ? 0 : signText.charAt(0);
        int start = m.start();
        if (sign != 0) {
            char before = m.start() > 0 ? s.charAt(m.start() - 1) : ' ';
            if (Character.isLetterOrDigit(before) || before == ')' ) {
                sign = 0;
                start = m.start(2);
            }
        }
        if (sign == '−') {
            sign = '-';
        }
        if (sign == '±' || s.substring(Math.max(0, start - 3), start).contains("±")) {
            return null;
        }
        BigDecimal value = decimal(m.group(2));
        String suffix = m.group(3) == null ? null : m.group(3).strip().toLowerCase(Locale.ROOT).replace('-', ' ').strip();
        Matcher suspended = SUSPENDED_UNIT.matcher(s.substring(m.end()));
        if (suffix == null && suspended.lookingAt()) {
            suffix = suspended.group(1).toLowerCase(Locale.ROOT).replace('-', ' ');
        }
        Matcher shared = SHARED_UNIT.matcher(s.substring(m.end()));
        if (suffix == null && shared.lookingAt()) {
            suffix = shared.group(1).toLowerCase(Locale.ROOT).replace('-', ' ');
        }
        String unit = unit(suffix);
        String left = s.substring(Math.max(0, start - 40), start);
        String right = s.substring(m.end());
        boolean acronymScore = unit == null && m.group(2).indexOf('.') >= 0 && acronymEquals(left);
        if (PARAMETER_LEFT.matcher(left).find() && unit == null && !METRIC_LEFT.matcher(left).find() && !acronymScore) {
            return null;
        }
        String afterAdjective = right.matches("(?s)^\\s*(?:on|in|of|for|at|to|with|by|and|or|than|over|across|from|"
                + "compared|when|while|per|higher|lower|better|more|less|fewer)\\b.*") ? right
                : right.replaceFirst("^\\s*[a-z][a-z\\-]*(?=\\s)", "");
        boolean decibels = unit == null && (right.startsWith("dB") || right.startsWith(" dB"));
        boolean decibelScore = decibels && (DECIBEL_SCORE.matcher(right).lookingAt()
                || left.contains("PSNR") || left.contains("SDR"))
                && !left.matches("(?is).*\\b(?:at|under|with|SNRs?\\s+(?:of|=))\\s*[\\-−]?\\s*$");
        if (unit == null && !decibelScore && (SCALE_AFTER.matcher(right).find() || SCALE_AFTER.matcher(afterAdjective).find())) {
            return null;
        }
        if ("x".equals(unit) && !suffix.endsWith("times") && !RATIO_CONTEXT.matcher(right).find()) {
            return null;
        }
        if ("x".equals(unit) && SIZE_FACTOR.matcher(right).find() && left.matches("(?s).*\\bmodels?\\b.*")) {
            return null;
        }
        if ("x".equals(unit) && (NOT_A_GAIN.matcher(right).find() || suffix.endsWith("fold") && FOLD_NOUN.matcher(right).find())) {
            return null;
        }
        if ("points".equals(unit) && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return null;
        }
        if (m.group(3) != null && m.group(3).startsWith("-") && "points".equals(unit)
                && !HYPHEN_POINTS_OK.matcher(right).lookingAt()) {
            return null;
        }
        if (unit != null && !"x".equals(unit) && DISPERSION_AFTER.matcher(right).find()) {
            return null;
        }
        if (s.substring(Math.max(0, start - 2), start).contains("^")) {
            return null;
        }
        if ("x".equals(unit) && suffix.endsWith("times") && !timesOk(s, start, m.end())) {
            return null;
        }
        if ("x".equals(unit) && (right.matches("(?s)^\\s*[\\d(].*") || value.compareTo(BigDecimal.ONE) <= 0
                || SCALE_AFTER.matcher(right.replaceFirst("^\\s*(?:activated|active|total|trainable)\\b", "")).find())) {
            return null;
        }
        if ("%".equals(unit)) {
            if (SHARE_RIGHT.matcher(right).find() && !left.matches("(?s).*(?<!\\bup )\\b(by|to)\\s*$")
                    && !OUTCOME_SHARE.matcher(left).find()) {
                return null;
            }
            if ((SCALE_AFTER.matcher(right).find() || SCALE_AFTER.matcher(afterAdjective).find())
                    && !right.matches("(?s)^\\s*(fewer|less|more)\\b.*")
                    && !right.matches("(?s)^\\s*[\\w\\-]+(?:\\s+[\\w\\-]+)?\\s+(?:reductions?|decreases?|savings?|speed-?ups?|"
                            + "increases?|improvements?|drops?|gains?)\\b.*")) {
                return null;
            }
            if (left.matches("(?is).*\\b(?:at|under|with)\\s*$") && SETTING_AFTER.matcher(right).find()) {
                return null;
            }
        }
        if (unit == null && sign == 0) {
            if (left.matches("(?is).*\\b(?:at|under|with)\\s*$") && SETTING_AFTER.matcher(right).find()) {
                return null;
            }
            boolean integer = value.scale() <= 0 && m.group(2).indexOf('.') < 0;
            if (integer && value.intValue() >= 1900 && value.intValue() <= 2100) {
                return null;
            }
            if (integer && value.compareTo(BigDecimal.TEN) < 0) {
                return null;
            }
            boolean rightCue = BARE_CUE_RIGHT.matcher(right).find()
                    || !integer && RESPECTIVELY_RIGHT.matcher(right).find() && SCORING_SENTENCE.matcher(s).find();
            String wideLeft = s.substring(Math.max(0, start - 120), start);
            boolean metricLeft = METRIC_LEFT.matcher(left).find() || acronymScore;
            if (!rightCue && !listed && !metricLeft && !BARE_CUE_LEFT.matcher(left).find()
                    && !VERB_OF.matcher(wideLeft).find()) {
                return null;
            }
            if (integer && !rightCue && !metricLeft) {
                return null;
            }
            if (BASELINE_BRACKET.matcher(left).matches()) {
                return null;
            }
            if (right.startsWith(")") && !metricLeft && !BARE_CUE_LEFT.matcher(left).find() && !left.matches("(?s).*[A-Za-z0-9][\\w\\-]*\\s*\\($")) {
                return null;
            }
        }
        return new Quantity(value, unit, sign, null, start, m.end());
    }

    private static boolean acronymEquals(String left) {
        Matcher a = ACRONYM_EQUALS.matcher(left);
        return a.find() && left.substring(a.start()).replaceAll("[\\s=]", "").length() >= 2;
    }

    /** "a 0.1-point degradation", "1.3-percentage-point gain": what a hyphenated points unit must be followed by (not "a 5-point scale"). */
    private static final Pattern HYPHEN_POINTS_OK = Pattern.compile(
            "\\s*(?:[).,;]|$|(?:on|in|over|than|for|across|from|to|and|or|with|when|while|at)\\b|(?:[\\w\\-]+\\s+){0,2}?"
                    + "(?:gains?|improvements?|increases?|drops?|declines?|reductions?|decreases?|loss(?:es)?|degradations?|boosts?|"
                    + "lead|margins?|advantages?|higher|lower|better|worse|differences?|jumps?|rises?|falls?|spreads?|lift|uplift)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** "by 4.57 dB PSNR", "a 0.73 dB improvement in PSNR": decibels of a quality measure or of a gain are a score, not a setting. */
    private static final Pattern DECIBEL_SCORE = Pattern.compile(
            "\\s?dB\\s*(?:\\(?\\s*(?:PSNR|SI-SDR|SDR|SI-SNR)\\b|(?:[\\w\\-]+\\s+)?(?:improvements?|gains?|higher|better|"
                    + "increases?|drops?|lower|loss|boost|margin|advantage)\\b)");

    /** "a 1.3-percentage-point spread": a dispersion between runs or configurations, not a score. */
    private static final Pattern DISPERSION_AFTER = Pattern.compile(
            "^\\s*(?:spread|standard\\s+deviation|variation|fluctuation)\\b", Pattern.CASE_INSENSITIVE);

    /** "CAMELYON16 (ACC/AUC/F1: 0.939/0.983/0.946), TCGA-Lung (0.935/0.979/0.931)": decimal scores joined by slashes. */
    private static final GuardedPattern SLASHED_SCORES = GuardedPattern.digitAnd(Pattern.compile(
            "(?<=[A-Za-z0-9\\])][:=]\\s{0,2}|[:=]\\s|\\()\\d+\\.\\d+(?:/\\d+\\.\\d+){1,5}(?![\\w./%])"), ":", "=", "(");

    /** "1.68- and 0.84-percentage-point losses": the first number takes the unit written after the second. */
    /** "by 2.9 and 5.2 percentage points", "by 3 and 5%": the first of two coordinated numbers takes the unit after the second. */
    private static final Pattern SHARED_UNIT = Pattern.compile(
            "\\s+(?:and|or)\\s+\\d+(?:\\.\\d+)?\\s*(%|percentage[ \\-]points?\\b|points?\\b|percent\\b|pp\\b)");
    private static final Pattern SUSPENDED_UNIT = Pattern.compile(
            "-\\s+(?:and|or|to)\\s+[\\d.]+\\s*-?(percentage[ \\-]points?|points?|percent)\\b");

    /** Blanks out error bars, keeping every offset, so that "2.5 ± 0.2%" reads as "2.5%". */
    private static String maskErrorBars(String s) {
        Matcher m = ERROR_BAR.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, ' ');
            }
        } while (m.find());
        return b.toString();
    }

    /** A number glued to letters ("GPT-4", "7B", "CIFAR-100", "Llama3.1") is part of a name. */
    private static boolean standsAlone(String s, int numStart, int end) {
        if (numStart > 0) {
            char b = s.charAt(numStart - 1);
            if (Character.isLetter(b) || b == '.' || b == '@' || b == '^' || b == '_' || b == '#') {
                return false;
            }
            if (b == '/' && !(numStart > 1 && s.charAt(numStart - 2) == '%')) {
                return false;
            }
            if ((b == '-' || b == '–' || b == ':') && numStart > 1 && Character.isLetterOrDigit(s.charAt(numStart - 2))) {
                return false;
            }
        }
        if (end < s.length()) {
            char a = s.charAt(end);
            if (Character.isLetter(a) && a != 'x' && a != '×') {
                return false;
            }
            boolean percentPair = a == '/' && s.charAt(end - 1) == '%';
            if ((a == '-' || a == '/') && end + 1 < s.length() && Character.isLetterOrDigit(s.charAt(end + 1))
                    && !s.startsWith("-fold", end) && !percentPair) {
                return false;
            }
        }
        return true;
    }

    private static boolean timesOk(String s, int start, int end) {
        return TIMES_OK.matcher(s.substring(end)).find()
                || s.substring(Math.max(0, start - 24), start).matches(
                        "(?s).*\\b(by|up to|of)(?:\\s+(?:over|more than|about|nearly|almost|roughly|around))?\\s*$");
    }

    private static boolean looksLikeScore(BigDecimal from, BigDecimal to) {
        return from.scale() > 0 || to.scale() > 0;
    }

    private static String unit(String suffix) {
        if (suffix == null) {
            return null;
        }
        String s = suffix.strip().toLowerCase(Locale.ROOT);
        if (s.equals("%") || s.equals("percent")) {
            return "%";
        }
        if (s.startsWith("percentage point") || s.equals("pp") || s.equals("p.p.") || s.startsWith("point")
                || s.equals("pts")) {
            return "points";
        }
        return "x";
    }

    private static BigDecimal decimal(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }

    private static void mark(boolean[] used, int start, int end) {
        for (int i = start; i < end && i < used.length; i++) {
            used[i] = true;
        }
    }
}
