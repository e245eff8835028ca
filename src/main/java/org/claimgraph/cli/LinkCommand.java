package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.claimgraph.link.EntityKind;
import org.claimgraph.link.EntityLinker;
import org.claimgraph.link.LinkException;
import org.claimgraph.link.LinkListener;
import org.claimgraph.link.LinkRelation;
import org.claimgraph.link.LinkSummary;
import org.claimgraph.link.LinkTarget;
import org.claimgraph.link.LookupCache;
import org.claimgraph.link.Politeness;
import org.claimgraph.link.ScoredLink;
import org.claimgraph.link.SparqlLookupService;
import org.claimgraph.link.Thresholds;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimgraph link}: the store's entities looked up in an external knowledge base; the only command that goes online. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Look the store's datasets, methods, metrics and tasks up in Wikidata, DBpedia, ORKG or any SPARQL "
                + "endpoint (queries/link/TARGET.rq) and write skos:exactMatch / skos:closeMatch links with their score, "
                + "lookup time, endpoint and query into the named graph <https://w3id.org/claimgraph/id/graph/links/TARGET>, "
                + "replacing it. Public endpoints: 1 request/s, retries with back-off; use --cache so a second run sends nothing.")
final class LinkCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--target", required = true, paramLabel = "wikidata|dbpedia|orkg|URL",
            description = "Knowledge base: wikidata, dbpedia, orkg, or a SPARQL endpoint URL (Wikidata-shaped data).")
    String target;

    @Option(names = "--types", split = ",", paramLabel = "TYPE",
            description = "Only these kinds: dataset, method, metric, task (default: all).")
    List<String> types = List.of();

    @Option(names = "--limit", paramLabel = "N", description = "Look up at most N entities (default: all).")
    long limit;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "Lookup cache (JSON Lines); answers found there are not fetched again.")
    Path cache;

    @Option(names = "--rate", paramLabel = "R",
            description = "At most R requests per second (default: 1 for public endpoints, no limit on this machine).")
    Double rate;

    @Option(names = "--query", paramLabel = "FILE.rq", description = "Own lookup query instead of queries/link/TARGET.rq.")
    Path query;

    @Option(names = "--exact-threshold", paramLabel = "S", defaultValue = "0.9",
            description = "Score for skos:exactMatch, best candidate only (default: ${DEFAULT-VALUE}).")
    double exact;

    @Option(names = "--close-threshold", paramLabel = "S", defaultValue = "0.5",
            description = "Score for skos:closeMatch (default: ${DEFAULT-VALUE}).")
    double close;

    @Option(names = "--same-as-threshold", paramLabel = "S",
            description = "Write owl:sameAs instead of skos:exactMatch from this score on (default: never).")
    Double sameAs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LinkTarget linkTarget;
        Thresholds thresholds;
        Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
        try {
            linkTarget = LinkTarget.of(target, query);
            thresholds = new Thresholds(exact, close, sameAs == null ? Double.POSITIVE_INFINITY : sameAs);
            types.forEach(t -> kinds.add(EntityKind.parse(t)));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        } catch (LinkException e) {
            return fail(e);
        }
        Stores.requireExisting(db.db);
        Politeness politeness = linkTarget.isLoopback() ? Politeness.loopback() : Politeness.publicEndpoint();
        if (rate != null) {
            politeness = politeness.withRate(rate);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LinkSummary summary;
        try (ClaimStore store = ClaimStore.openTdb2(db.db);
                SparqlLookupService lookups = new SparqlLookupService(politeness,
                        cache == null ? LookupCache.none() : LookupCache.open(cache))) {
            err.printf("linking %s to %s (%s)%s%n", db.db, linkTarget.name(), linkTarget.endpoint(),
                    politeness.requestsPerSecond() > 0 ? String.format(" at most %.2f requests/s", politeness.requestsPerSecond()) : "");
            err.flush();
            summary = new EntityLinker(lookups, thresholds).link(store.dataset(), linkTarget, kinds, limit, progress(out, err));
        } catch (LinkException e) {
            return fail(e);
        }
        out.printf("entities looked up: %,d (%,d from the cache, %,d HTTP requests)%n",
                summary.entities(), summary.cacheHits(), summary.requests());
        StringBuilder perKind = new StringBuilder();
        for (EntityKind k : EntityKind.values()) {
            perKind.append(perKind.length() == 0 ? "" : ", ").append(k.label()).append(' ')
                    .append(summary.linkedByKind().get(k)).append('/').append(summary.entitiesByKind().get(k));
        }
        out.printf("entities linked: %,d (%s)%n", summary.linkedEntities(), perKind);
        out.printf("links: %,d skos:exactMatch, %,d skos:closeMatch, %,d owl:sameAs%n",
                summary.links().get(LinkRelation.EXACT_MATCH), summary.links().get(LinkRelation.CLOSE_MATCH),
                summary.links().get(LinkRelation.SAME_AS));
        out.printf("graph: <%s> replaced%n", summary.graph());
        out.flush();
        err.println("linked in " + Pipelines.seconds(summary.elapsed()));
        err.flush();
        return ExitCodes.OK;
    }

    /** Prints each link as it is found; the progress line (terminal only) learns the total from the first call. */
    private static LinkListener progress(PrintWriter out, PrintWriter err) {
        Progress[] line = new Progress[1];
        return (entity, lookup, links, done, total) -> {
            for (ScoredLink l : links) {
                out.printf("%s\t%s\t%s\t%.3f\t%s \"%s\"%n", l.entity(), curie(l.relation()), l.item(), l.score(),
                        l.match().name().toLowerCase(Locale.ROOT), l.name());
            }
            if (line[0] == null) {
                line[0] = new Progress(err, "looking up", "entities", total);
            }
            line[0].step();
            if (done == total) {
                line[0].done();
            }
        };
    }

    private static String curie(LinkRelation r) {
        return switch (r) {
            case SAME_AS -> "owl:sameAs";
            case EXACT_MATCH -> "skos:exactMatch";
            case CLOSE_MATCH -> "skos:closeMatch";
        };
    }

    private int fail(LinkException e) {
        spec.commandLine().getErr().println("claimgraph link: " + e.getMessage());
        spec.commandLine().getErr().flush();
        return ExitCodes.QUERY;
    }
}
