package org.claimgraph.extract;

import java.util.regex.Pattern;

/**
 * Decides whether a number is a score, a gain, a decrease or a factor from the words around it:
 * "by 4% over", "a 5% improvement", "33% less data", "cuts ... by 43.8%", "+3.4%", "8x".
 * A number coordinated with the previous one ("by 1.3% and 3.6%") takes the previous one's kind.
 */
final class KindClassifier {
    private static final String UP_TO = "(?:up\\s+to\\s+|about\\s+|approximately\\s+|around\\s+|nearly\\s+|almost\\s+"
            + "|over\\s+|more\\s+than\\s+|roughly\\s+|an?\\s+average\\s+of\\s+|on\\s+average\\s+|as\\s+much\\s+as\\s+"
            + "|at\\s+least\\s+|~\\s*|≈\\s*)*";
    private static final Pattern RIGHT_REDUCTION = Pattern.compile(
            "^\\s*(?:[\\w\\-]+\\s+){0,2}?(?:less|fewer|lower|smaller|reductions?|decreases?|drops?|declines?|cheaper|"
                    + "shorter|savings?|cuts?|degradation)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RIGHT_IMPROVEMENT = Pattern.compile(
            "^\\s*(?:[\\w\\-]+\\s+){0,2}?(?:improvements?|gains?|increases?|higher|better|boosts?|more|advantage|"
                    + "uplift|enhancements?|faster|speed-?ups?|lead|margin|jump)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEFT_REDUCTION = Pattern.compile(
            "(?:\\b(?:reduc|cut|lower|decreas|drop|shrink|sav|mitigat|alleviat|lessen|minimi[sz]|declin|diminish|"
                    + "curtail|slash)\\w*\\s+(?:\\S+\\s+){0,6}?(?:by|of)\\s+|\\b(?:reductions?|decreases?|drops?|"
                    + "declines?|savings?)\\s+(?:\\S+\\s+){0,2}?(?:of|by)\\s+)" + UP_TO + "$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEFT_IMPROVEMENT = Pattern.compile(
            "(?:\\b(?:improv|outperform|surpass|exceed|boost|gain|increas|enhanc|beat|advanc|rais|lift|elevat|"
                    + "outstrip|bett|exceed|top|lead)\\w*\\s+(?:\\S+\\s+){0,7}?(?:by|of)\\s+|\\b(?:improvements?|gains?|"
                    + "increases?|boosts?|margins?)\\s+(?:\\S+\\s+){0,2}?(?:of|by)\\s+)" + UP_TO + "$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COORDINATION = Pattern.compile(
            "^\\s*(?:%|points?)?\\s*(?:\\)|\\()?\\s*(?:,|and|or|to|/|-|–|,\\s*and)\\s*(?:by\\s+|up\\s+to\\s+)?\\(?\\s*$");

    ResultKind classify(String s, Quantity q, Quantity previous, ResultKind previousKind) {
        if (q.isRatio()) {
            return ResultKind.RATIO;
        }
        if (q.isFromTo()) {
            return ResultKind.ABSOLUTE;
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
        if (previous != null && COORDINATION.matcher(between).find()) {
            return previousKind;
        }
        String left = s.substring(Math.max(from, q.start() - 100), q.start());
        if (LEFT_REDUCTION.matcher(left).find()) {
            return ResultKind.REDUCTION;
        }
        if (LEFT_IMPROVEMENT.matcher(left).find()) {
            return ResultKind.IMPROVEMENT;
        }
        return ResultKind.ABSOLUTE;
    }
}
