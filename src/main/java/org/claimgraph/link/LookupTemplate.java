package org.claimgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.claimgraph.rdf.Names;

/**
 * A lookup query kept as a file ({@code queries/link/TARGET.rq}): a SPARQL SELECT with the slots
 * {@code ?name1 ... ?nameN} (inside {@code VALUES ?name { ... }}) and {@code ?kind}, bound through
 * {@link ParameterizedSparqlString}, which escapes every value as a literal. It must select
 * {@code ?item}, {@code ?name}, {@code ?match} ("label" or "alias") and {@code ?direct} (boolean).
 *
 * <p>The header line {@code # @language TAG} makes the names language-tagged literals (Wikidata and
 * DBpedia label in languages); without it they are plain strings (ORKG). Unused slots repeat the first
 * name, so the query text stays valid and {@code SELECT DISTINCT} hides the repeats.
 *
 * @param name short name, e.g. {@code wikidata}
 * @param source where the text came from, for messages
 * @param text the SPARQL text
 * @param language the names' language tag, or empty for plain literals
 * @param slots how many {@code ?nameN} slots the query has
 */
public record LookupTemplate(String name, String source, String text, String language, int slots) {
    /** Classpath folder of the shipped templates. */
    public static final String RESOURCE_FOLDER = "queries/link/";
    private static final Pattern SLOT = Pattern.compile("\\?name([1-9][0-9]*)\\b");
    private static final Pattern LANGUAGE = Pattern.compile("^#\\s*@language\\s+(\\S+)\\s*$", Pattern.MULTILINE);
    private static final List<String> REQUIRED = List.of("item", "name", "match", "direct");

    public LookupTemplate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        language = language == null ? "" : language;
        if (slots < 1) {
            throw new LinkException(source + ": lookup query has no ?name1 slot (write VALUES ?name { ?name1 ?name2 ... })");
        }
        try {
            var query = QueryFactory.create(bind(text, language, slots, List.of("x"), "dataset"));
            if (!query.isSelectType()) {
                throw new LinkException(source + ": lookup query must be a SELECT");
            }
            Set<String> projected = new TreeSet<>();
            query.getProjectVars().forEach(v -> projected.add(v.getVarName()));
            for (String r : REQUIRED) {
                if (!projected.contains(r)) {
                    throw new LinkException(source + ": lookup query must select ?" + r + " (it selects " + projected + ")");
                }
            }
        } catch (QueryParseException e) {
            throw new LinkException(String.format("%s: SPARQL syntax error in lookup query at line %d, column %d: %s",
                    source, e.getLine(), e.getColumn(), e.getMessage().lines().findFirst().orElse("")), e);
        }
    }

    /** The shipped template {@code queries/link/NAME.rq}. */
    public static LookupTemplate shipped(String name) {
        String resource = RESOURCE_FOLDER + name + ".rq";
        try (InputStream in = LookupTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new LinkException("no lookup query " + resource + " on the classpath");
            }
            return fromText(name, "classpath:" + resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LinkException("cannot read lookup query " + resource + ": " + e.getMessage(), e);
        }
    }

    /** A user's template file. */
    public static LookupTemplate file(Path file) {
        try {
            String fileName = file.getFileName().toString();
            return fromText(fileName.replaceFirst("\\.rq$", ""), file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new LinkException("lookup query file not found: " + file, e);
        } catch (IOException e) {
            throw new LinkException("cannot read lookup query file " + file + ": " + e.getMessage(), e);
        }
    }

    static LookupTemplate fromText(String name, String source, String text) {
        Matcher lang = LANGUAGE.matcher(text);
        String language = lang.find() ? lang.group(1) : "";
        Set<Integer> numbers = new TreeSet<>();
        Matcher slot = SLOT.matcher(text);
        while (slot.find()) {
            numbers.add(Integer.parseInt(slot.group(1)));
        }
        int slots = 0;
        while (numbers.contains(slots + 1)) {
            slots++;
        }
        return new LookupTemplate(name, source, text, language, slots);
    }

    /**
     * The names to look an entity up by: its surface forms, then the spellings of its normalised key
     * (lower and upper case) that are not among them, at most {@link #slots()} of them.
     */
    public List<String> lookupNames(LocalEntity entity) {
        Set<String> names = new LinkedHashSet<>(entity.names());
        for (String n : entity.names()) {
            String key = Names.key(n);
            if (!key.isEmpty()) {
                names.add(key.toUpperCase(Locale.ROOT));
                names.add(key);
            }
        }
        List<String> out = new ArrayList<>(names);
        return out.size() > slots ? List.copyOf(out.subList(0, slots)) : List.copyOf(out);
    }

    /** The query text for {@code entity}, every value bound by {@link ParameterizedSparqlString}. */
    public String bind(LocalEntity entity) {
        return bind(text, language, slots, lookupNames(entity), entity.kind().label());
    }

    private static String bind(String text, String language, int slots, List<String> names, String kind) {
        ParameterizedSparqlString sparql = new ParameterizedSparqlString(text);
        for (int i = 1; i <= slots; i++) {
            String value = names.get(Math.min(i, names.size()) - 1);
            sparql.setParam("name" + i,
                    language.isEmpty() ? NodeFactory.createLiteralString(value) : NodeFactory.createLiteralLang(value, language));
        }
        sparql.setLiteral("kind", kind);
        return sparql.toString();
    }
}
