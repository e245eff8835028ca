package org.claimgraph.rdf;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.ingest.Paper;

/**
 * The arXiv id and DOI a record carries in its id or landing-page URL, so that a paper links to
 * {@code https://arxiv.org/abs/ID} and {@code https://doi.org/DOI} and meets other graphs (Linked
 * Papers With Code, OpenAlex, Wikidata) on the identifiers they share.
 *
 * <p>Ids are recognised by their published syntax only: arXiv's {@code YYMM.NNNNN} (optionally with
 * {@code vN}) and the pre-2007 {@code archive/YYMMNNN}, and DOIs {@code 10.NNNN/suffix} whose suffix
 * keeps to Crossref's recommended characters. A version
 * suffix is dropped so that every version of a preprint links to its one abstract page.
 */
final class PaperIdentifiers {
    private static final Pattern ARXIV = Pattern.compile(
            "(?i)^(?:arxiv:)?((?:\\d{4}\\.\\d{4,5})|(?:[a-z][a-z-]*(?:\\.[a-z]{2})?/\\d{7}))(?:v\\d+)?$");
    private static final Pattern ARXIV_URL = Pattern.compile(
            "(?i)^https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/(.+?)(?:\\.pdf)?/?$");
    /** Crossref's recommended suffix characters: anything else would need escaping in an IRI, so it is not linked. */
    private static final String DOI_SYNTAX = "(10\\.\\d{4,9}/[-._;()/:a-z0-9]+)";
    private static final Pattern DOI = Pattern.compile("(?i)^(?:doi:)?" + DOI_SYNTAX + "$");
    private static final Pattern DOI_URL = Pattern.compile("(?i)^https?://(?:dx\\.)?doi\\.org/" + DOI_SYNTAX + "$");

    static final String ARXIV_ABS = "https://arxiv.org/abs/";
    static final String DOI_RESOLVER = "https://doi.org/";

    private PaperIdentifiers() {
    }

    /** The arXiv id without version, from the record id or else its URL. */
    static Optional<String> arxivId(Paper p) {
        Optional<String> fromId = arxivId(p.id());
        if (fromId.isPresent() || p.url() == null) {
            return fromId;
        }
        Matcher url = ARXIV_URL.matcher(p.url().strip());
        return url.matches() ? arxivId(url.group(1)) : Optional.empty();
    }

    static Optional<String> arxivId(String candidate) {
        Matcher m = ARXIV.matcher(candidate.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String id = m.group(1);
        // Old-style ids keep their archive name in lower case and the subject class in upper case (math.GT/0309136).
        int slash = id.indexOf('/');
        if (slash > 0) {
            String archive = id.substring(0, slash);
            int dot = archive.indexOf('.');
            archive = dot < 0 ? archive.toLowerCase(Locale.ROOT)
                    : archive.substring(0, dot).toLowerCase(Locale.ROOT) + archive.substring(dot).toUpperCase(Locale.ROOT);
            id = archive + id.substring(slash);
        }
        return Optional.of(id);
    }

    /** The DOI in lower case (DOIs are case-insensitive), from the record id or else its URL. */
    static Optional<String> doi(Paper p) {
        Matcher id = DOI.matcher(p.id().strip());
        if (id.matches()) {
            return Optional.of(id.group(1).toLowerCase(Locale.ROOT));
        }
        if (p.url() != null) {
            Matcher url = DOI_URL.matcher(p.url().strip());
            if (url.matches()) {
                return Optional.of(url.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
