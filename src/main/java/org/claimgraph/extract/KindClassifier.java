package org.claimgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a number is a score, a gain, a decrease or a factor from the words around it:
 * "by 4% over", "a 5% improvement", "33% less data", "cuts ... by 43.8%", "+3.4%", "8x".
 * A number coordinated with the previous one ("by 1.3% and 3.6%") takes the previous one's kind.
 */
final class KindClassifier {
    private static final String UP_TO = "(?:up\\s+to\\s+|about\\s+|approximately\\s+|around\\s+|nearly\\s+|almost\\s+"
            + "|over\\s+|more\\s+than\\s+|roughly\\s+|an?\\s+average\\s+of\\s+|on\\s+average\\s+|as\\s+much\\s+as\\s+"
            + "|at\\s+least\\s+|only\\s+|just\\s+|merely\\s+|still\\s+|even\\s+|~\\s*|≈\\s*)*";
    private static final Pattern RIGHT_REDUCTION = Pattern.compile(
            "^\\s*(?:[\\w\\-]+\\s+){0,2}?(?:less|fewer|lower|smaller|reductions?|decreases?|drops?|declines?|cheaper|"
                    + "shorter|savings?|cuts?|degradation|collapse|loss(?:es)?|penalty)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RIGHT_IMPROVEMENT = Pattern.compile(
            "^\\s*(?:[\\w\\-()]+\\s+){0,2}?(?:improvements?|gains?|increases?|higher|better|boosts?|more|advantage|"
                    + "uplift|enhancements?|faster|speed-?ups?|lead|margin|jump|superiority)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEFT_REDUCTION = Pattern.compile(
            "(?:\\b(?:reduc|cut|lower|decreas|drop|shrink|sav|mitigat|alleviat|lessen|minimi[sz]|declin|diminish|"
                    + "curtail|slash)\\w*\\s+(?:\\S+\\s+){0,6}?(?:by|of)\\s+|\\b(?:reductions?|decreases?|drops?|"
                    + "declines?|savings?)\\s+(?:\\S+\\s+){0,2}?(?:of|by)\\s+|\\b(?:reductions?|decreases?|drops?|declines?|"
                    + "savings?)\\s*\\(\\s*|\\bclos(?:e|es|ed|ing)\\s+)" + UP_TO + "$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEFT_IMPROVEMENT = Pattern.compile(
            "(?:\\b(?:improv|outperform|surpass|exceed|boost|gain|increas|enhanc|beat|advanc|rais|lift|elevat|"
                    + "outstrip|bett|top|lead|grow|growth|rise|rose|jump|climb)\\w*\\s+(?:\\S+\\s+){0,12}?\\(?(?:by|of)\\s+|\\b(?:improvements?|gains?|"
                    + "increases?|boosts?|margins?)\\s+(?:\\S+\\s+){0,2}?(?:of|by)\\s+|\\b(?:improvements?|gains?|increases?|"
                    + "boosts?)\\s*\\(\\s*|\\b(?:improvements?|gains?|increases?)\\s+(?:in|at)\\s+)" + UP_TO + "$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BASELINE_SCORE = Pattern.compile(
            "\\b(?:baseline|previous|prior|existing|original)\\s+(?:[\\w\\-]+\\s+){0,2}?(?:of|at)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern METRIC_OF = Pattern.compile(
            "\\b(?:accuracy|accuracies|score|F1|F1-score|AUC|AUROC|precision|recall|mAP|IoU|mIoU|rate|BLEU|ROUGE[-\\w]*|"
                    + "PSNR|SSIM|FID|correlation|EM|pass@\\d+)\\s+(?:of|at|=|:)\\s+" + UP_TO + "$"
                    + "|\\b(?-i:[A-Z]{2,}[\\w@.\\-]*)\\s+(?:of|=|:)\\s+" + UP_TO + "$", Pattern.CASE_INSENSITIVE);
    /** The gap inside a range ("91–94%"; "12%~18%", whose LaTeX "~" the cleaner turns into a space): both ends take one kind. */
    private static final Pattern RANGE_GAP = Pattern.compile("^\\s*(?:-|–|—|~)?\\s*$");
    private static final Pattern COORDINATION = Pattern.compile(
            "^\\s*(?:%|points?)?\\s*(?:\\)|\\()?\\s*(?:[\\w\\-:@]+\\s*){0,2}?(?:(?:on|in|for|at)\\s+(?:the\\s+)?(?:[\\w\\-=.]+\\s*){1,3}?)?"
                    + "(?:,|and|or|to|/|-|–|,\\s*and)\\s*(?:(?:[\\w\\-]+\\s+){0,4}?\\(?(?:by|of)\\s+)?(?:up\\s+to\\s+)?\\(?\\s*$");
    private static final Pattern LEFT_IMPROVEMENT_UP_TO = Pattern.compile(
            "\\b(?:improv|gain|increas|boost|enhanc|speed)\\w*\\s+(?:\\S+\\s+){0,6}?\\(?(?:up\\s+to|by\\s+up\\s+to)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** "reductions in computational cost (up to 60%)": the change noun before the bracket decides, not the next clause. */
    private static final Pattern BRACKETED_CHANGE = Pattern.compile(
            "\\b(?:(reductions?|decreases?|drops?|declines?|savings?)|improvements?|gains?|increases?|boosts?)"
                    + "(?:\\s+(?:in|of|on)\\s+(?:[\\w\\-]+\\s+){0,3}?[\\w\\-]+)?\\s*\\(\\s*" + UP_TO + "$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKET_CLOSES = Pattern.compile("\\s*(?:%|points?)?\\s*\\)");
    private static final Pattern RIGHT_COMPARISON = Pattern.compile(
            "^\\s*(?:%|points?)?\\s*(?:over|than|compared\\s+(?:to|with)|relative\\s+to|vs\\.?|versus)\\s",
            Pattern.CASE_INSENSITIVE);

    /** The kind, or null when no cue decides (the caller then uses coordination or {@code ABSOLUTE}). */
    /** Backward pass: a number without a cue takes the kind of the next number it is coordinated with. */
    void resolve(String s, List<Quantity> qs, ResultKind[] kinds) {
        for (int i = qs.size() - 2; i >= 0; i--) {
            if (kinds[i] == null && kinds[i + 1] != null
                    && COORDINATION.matcher(s.substring(qs.get(i).end(), qs.get(i + 1).start())).find()) {
                kinds[i] = kinds[i + 1];
            }
        }
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == null) {
                kinds[i] = ResultKind.ABSOLUTE;
            }
        }
    }

    ResultKind classify(String s, Quantity q, Quantity previous, ResultKind previousKind) {
        if (q.isRatio()) {
            return ResultKind.RATIO;
        }
        if (q.isFromTo()) {
            return ResultKind.ABSOLUTE;
        }
        Matcher bracket = BRACKETED_CHANGE.matcher(s.substring(Math.max(0, q.start() - 80), q.start()));
        if (bracket.find() && BRACKET_CLOSES.matcher(s.substring(q.end())).lookingAt()) {
            return bracket.group(1) != null ? ResultKind.REDUCTION : ResultKind.IMPROVEMENT;
        }
        if (previous != null && previousKind != null && (RANGE_GAP.matcher(s.substring(previous.end(), q.start())).matches()
                || s.substring(previous.end(), q.start()).equals(" to ") && s.charAt(previous.end() - 1) != '%')) {
            return previousKind;
        }
        String right = s.substring(q.end(), Math.min(s.length(), q.end() + 50));
        if (RIGHT_REDUCTION.matcher(right).find()) {
            return ResultKind.REDUCTION;
        }
        if (q.sign() == '+') {
            return ResultKind.IMPROVEMENT;
        }
        if (q.sign() == '-') {
            return ResultKind.REDUCTION;
        }
        if (RIGHT_IMPROVEMENT.matcher(right).find()) {
            return ResultKind.IMPROVEMENT;
        }
        int from = previous == null ? 0 : previous.end();
        String between = s.substring(from, q.start());
        String left = s.substring(Math.max(from, q.start() - 100), q.start());
        if (BASELINE_SCORE.matcher(left).find() || METRIC_OF.matcher(left).find()) {
            return ResultKind.ABSOLUTE;
        }
        if (LEFT_REDUCTION.matcher(left).find()) {
            return ResultKind.REDUCTION;
        }
        if (LEFT_IMPROVEMENT.matcher(left).find() || LEFT_IMPROVEMENT_UP_TO.matcher(left).find()) {
            return ResultKind.IMPROVEMENT;
        }
        if (previous != null && previousKind != null && COORDINATION.matcher(between).find()) {
            return previousKind;
        }
        if (RIGHT_COMPARISON.matcher(right).find()) {
            return ResultKind.IMPROVEMENT;
        }
        return null;
    }
}
