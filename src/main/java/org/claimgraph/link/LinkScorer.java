package org.claimgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores the candidates of one lookup and picks the links.
 *
 * <p>A candidate's raw score is its best {@link MatchKind} weight times its type fit (1 when it is an
 * instance of a fitting class itself, {@value #SUBCLASS_FIT} when only through a subclass). Rivals lower
 * it: the score is {@code raw * raw / (raw + }{@value #AMBIGUITY}{@code  * sum of the rivals' raw)}, so one
 * exact, well-typed candidate scores 1, and two equally good ones score 2/3 each: a closeMatch, not an
 * exactMatch. Only the single best candidate can become an exactMatch (or sameAs).
 */
public final class LinkScorer {
    static final double SUBCLASS_FIT = 0.85;
    static final double AMBIGUITY = 0.5;
    private final Thresholds thresholds;

    public LinkScorer(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** The links for {@code entity} from its lookup's candidates, best first; empty when none reaches the close threshold. */
    public List<ScoredLink> score(LocalEntity entity, List<Candidate> candidates) {
        Map<String, Best> best = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            MatchKind kind = matchKind(entity, c);
            double raw = kind.weight() * (c.directType() ? 1.0 : SUBCLASS_FIT);
            best.merge(c.iri(), new Best(c.iri(), raw, kind, c.name()), (a, b) -> a.raw >= b.raw ? a : b);
        }
        double total = best.values().stream().mapToDouble(b -> b.raw).sum();
        List<Best> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble((Best b) -> -b.raw).thenComparing(b -> b.iri));
        List<ScoredLink> links = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Best b = ranked.get(i);
            double rivals = total - b.raw;
            double score = b.raw * b.raw / (b.raw + AMBIGUITY * rivals);
            boolean top = i == 0 && (ranked.size() == 1 || ranked.get(1).raw < b.raw);
            LinkRelation relation;
            if (top && score >= thresholds.sameAs()) {
                relation = LinkRelation.SAME_AS;
            } else if (top && score >= thresholds.exact()) {
                relation = LinkRelation.EXACT_MATCH;
            } else if (score >= thresholds.close()) {
                relation = LinkRelation.CLOSE_MATCH;
            } else {
                continue;
            }
            links.add(new ScoredLink(entity.iri(), b.iri, relation, Math.min(1.0, score), b.kind, b.name));
        }
        return links;
    }

    static MatchKind matchKind(LocalEntity entity, Candidate c) {
        if (!entity.names().contains(c.name())) {
            return MatchKind.KEY;
        }
        return c.viaAlias() ? MatchKind.ALIAS : MatchKind.LABEL;
    }

    private record Best(String iri, double raw, MatchKind kind, String name) {
    }
}
