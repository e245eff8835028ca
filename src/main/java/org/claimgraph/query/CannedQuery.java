package org.claimgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * A SPARQL query with the parameters its header declares: one of the canned queries shipped as
 * classpath resources {@code queries/NAME.rq}, or a user's {@code .rq} file.
 *
 * <p>The header is the run of {@code #} comment lines the file starts with. Its first line is the
 * summary; each line {@code # @param NAME KIND DESCRIPTION} declares a required parameter (KIND is
 * {@code key} or {@code text}, see {@link QueryParameter.Kind}). A query that declares no
 * parameter accepts any of its variables as a {@code text} parameter, so ad-hoc files stay usable.
 * A line {@code # @ranked} says that the query's ORDER BY sub-queries rank its rows, one result
 * row (or more) per sub-query row, so {@link #bind(Map, long) a row limit} may be applied to them
 * too: a top-10 then reads the details of 10 ranked rows, not of all of them.
 *
 * <p>Design decision: the query text is kept, not a parsed {@link Query}, because parameters are
 * bound into the text by {@link ParameterizedSparqlString} and Jena's {@code Query} is mutable.
 * The compact constructor parses once to reject syntax errors and parameters the query never uses.
 *
 * @param name short name ({@code leaderboard}) used in messages
 * @param source where the text came from (classpath resource or file), for messages
 * @param text the SPARQL text, header included
 * @param summary first header line, may be empty
 * @param parameters declared parameters, all required
 */
public record CannedQuery(String name, String source, String text, String summary, List<QueryParameter> parameters) {
    /** Classpath folder of the shipped queries. */
    public static final String RESOURCE_FOLDER = "queries/";
    private static final String SUFFIX = ".rq";
    private static final Pattern CANNED_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern PARAM = Pattern.compile("@param\\s+(\\S+)\\s+(\\S+)\\s*(.*)");
    private static final Pattern RANKED = Pattern.compile("@ranked(\\s.*)?");

    public CannedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        summary = summary == null ? "" : summary.strip();
        parameters = List.copyOf(parameters);
        Set<String> variables = variables(parse(text, name, source));
        Set<String> seen = new TreeSet<>();
        for (QueryParameter p : parameters) {
            if (!seen.add(p.name())) {
                throw new QueryException(source + ": parameter " + p.name() + " is declared twice");
            }
            if (!variables.contains(p.variable())) {
                throw new QueryException(source + ": parameter " + p.name() + " binds ?" + p.variable()
                        + ", which the query does not use");
            }
        }
    }

    /**
     * The shipped query {@code name} (classpath {@code queries/NAME.rq}) or, when the argument ends
     * with {@code .rq}, that file.
     *
     * @throws QueryException unknown name (the message lists the available ones), unreadable file,
     *         bad header or SPARQL syntax error (with line and column)
     */
    public static CannedQuery load(String nameOrFile) {
        Objects.requireNonNull(nameOrFile, "nameOrFile");
        if (nameOrFile.endsWith(SUFFIX)) {
            return loadFile(Path.of(nameOrFile));
        }
        if (!CANNED_NAME.matcher(nameOrFile).matches()) {
            throw unknown(nameOrFile);
        }
        String resource = RESOURCE_FOLDER + nameOrFile + SUFFIX;
        try (InputStream in = CannedQuery.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw unknown(nameOrFile);
            }
            return fromText(nameOrFile, "classpath:" + resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new QueryException("cannot read query resource " + resource + ": " + e.getMessage(), e);
        }
    }

    /** A query from SPARQL text with a header as described on this type. */
    public static CannedQuery fromText(String name, String source, String text) {
        List<QueryParameter> parameters = new ArrayList<>();
        String summary = "";
        List<String> lines = text.lines().collect(Collectors.toList());
        for (int i = 0; i < lines.size() && lines.get(i).strip().startsWith("#"); i++) {
            String comment = lines.get(i).strip().substring(1).strip();
            if (summary.isEmpty() && parameters.isEmpty() && !comment.isEmpty() && !comment.startsWith("@")) {
                summary = comment;
            }
            if (comment.startsWith("@param")) {
                parameters.add(parseParameter(comment, source, i + 1));
            }
        }
        return new CannedQuery(name, source, text, summary, parameters);
    }

    /** Names of the shipped queries, sorted. */
    public static List<String> available() {
        Set<String> names = new TreeSet<>();
        try {
            Enumeration<URL> folders = CannedQuery.class.getClassLoader().getResources(
                    RESOURCE_FOLDER.substring(0, RESOURCE_FOLDER.length() - 1));
            while (folders.hasMoreElements()) {
                collectNames(folders.nextElement(), names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classpath folder " + RESOURCE_FOLDER, e);
        }
        return List.copyOf(names);
    }

    /** Names a user may pass to {@link #bind}: the declared parameters, or every variable when none is declared. */
    public Set<String> acceptedParameters() {
        if (!parameters.isEmpty()) {
            return parameters.stream().map(QueryParameter::name).collect(Collectors.toCollection(TreeSet::new));
        }
        return variables(parse(text, name, source));
    }

    /**
     * The query with {@code values} bound through {@link ParameterizedSparqlString}.
     *
     * @throws QueryException a name that is not a parameter, a missing required parameter, or a
     *         value Jena refuses to inject
     */
    public Query bind(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        Set<String> accepted = acceptedParameters();
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(accepted);
        if (!unknown.isEmpty()) {
            throw new QueryException("query '" + name + "' has no parameter " + String.join(", ", unknown)
                    + (accepted.isEmpty() ? "; it takes none" : "; it takes: " + String.join(", ", accepted)));
        }
        List<String> missing = new ArrayList<>();
        for (QueryParameter p : parameters) {
            if (values.get(p.name()) == null) {
                missing.add(p.name() + " (" + p.description() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new QueryException("query '" + name + "' needs parameter " + String.join("; ", missing));
        }
        Map<String, QueryParameter> declared = new LinkedHashMap<>();
        parameters.forEach(p -> declared.put(p.name(), p));
        ParameterizedSparqlString sparql = new ParameterizedSparqlString(text);
        values.forEach((key, value) -> declared
                .getOrDefault(key, new QueryParameter(key, QueryParameter.Kind.TEXT, ""))
                .bind(sparql, name, Objects.requireNonNull(value, key)));
        try {
            return sparql.asQuery();
        } catch (QueryParseException e) {
            throw syntaxError(e, name, source);
        } catch (JenaException e) {
            throw new QueryException("query '" + name + "': cannot bind parameters: " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #bind(Map)}, returning at most {@code limit} rows (0: no limit). In a query whose
     * header says {@code @ranked} the limit also applies to every sub-query with an ORDER BY.
     *
     * @throws QueryException as {@link #bind(Map)}, or a negative limit
     */
    public Query bind(Map<String, String> values, long limit) {
        if (limit < 0) {
            throw new QueryException("query '" + name + "': limit must be >= 0, was " + limit);
        }
        Query query = bind(values);
        if (limit > 0) {
            query.setLimit(limited(query, limit));
            if (ranked()) {
                ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                    @Override
                    public void visit(ElementSubQuery sub) {
                        if (sub.getQuery().hasOrderBy()) {
                            sub.getQuery().setLimit(limited(sub.getQuery(), limit));
                        }
                    }
                });
            }
        }
        return query;
    }

    /** True when the header has a {@code # @ranked} line, see {@link #bind(Map, long)}. */
    public boolean ranked() {
        for (String line : text.lines().toList()) {
            String strip = line.strip();
            if (!strip.startsWith("#")) {
                return false;
            }
            if (RANKED.matcher(strip.substring(1).strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static long limited(Query query, long limit) {
        return query.hasLimit() ? Math.min(query.getLimit(), limit) : limit;
    }

    private static CannedQuery loadFile(Path file) {
        String fileName = file.getFileName().toString();
        try {
            return fromText(fileName.substring(0, fileName.length() - SUFFIX.length()), file.toString(),
                    Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new QueryException("query file not found: " + file, e);
        } catch (IOException e) {
            throw new QueryException("cannot read query file " + file + ": " + e.getMessage(), e);
        }
    }

    private static QueryParameter parseParameter(String comment, String source, int line) {
        Matcher m = PARAM.matcher(comment);
        QueryParameter.Kind kind = m.matches() ? QueryParameter.Kind.fromLabel(m.group(2)) : null;
        if (kind == null) {
            throw new QueryException(source + ":" + line + ": expected '# @param NAME key|text DESCRIPTION', found '"
                    + comment + "'");
        }
        try {
            return new QueryParameter(m.group(1), kind, m.group(3));
        } catch (IllegalArgumentException e) {
            throw new QueryException(source + ":" + line + ": " + e.getMessage(), e);
        }
    }

    private static Query parse(String text, String name, String source) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw syntaxError(e, name, source);
        }
    }

    private static QueryException syntaxError(QueryParseException e, String name, String source) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return new QueryException(String.format("%s: SPARQL syntax error in query '%s' at line %d, column %d: %s",
                source, name, e.getLine(), e.getColumn(), message), e);
    }

    /** Variables in the query's patterns, filters and sub-queries (not those only inside EXISTS). */
    private static Set<String> variables(Query query) {
        Set<String> names = new TreeSet<>();
        for (Var v : OpVars.mentionedVars(Algebra.compile(query))) {
            if (!Var.isAllocVar(v) && !Var.isBlankNodeVar(v)) {
                names.add(v.getVarName());
            }
        }
        query.getProjectVars().forEach(v -> names.add(v.getVarName()));
        return Collections.unmodifiableSet(names);
    }

    private static void collectNames(URL folder, Set<String> names) throws IOException {
        if ("file".equals(folder.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                files.map(f -> f.getFileName().toString()).forEach(f -> addName(f, names));
            } catch (URISyntaxException e) {
                throw new IOException("bad classpath URL " + folder, e);
            }
        } else if ("jar".equals(folder.getProtocol())) {
            URLConnection connection = folder.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String entry = entries.nextElement().getName();
                    if (entry.startsWith(RESOURCE_FOLDER) && entry.indexOf('/', RESOURCE_FOLDER.length()) < 0) {
                        addName(entry.substring(RESOURCE_FOLDER.length()), names);
                    }
                }
            }
        }
    }

    private static void addName(String fileName, Set<String> names) {
        if (fileName.endsWith(SUFFIX)) {
            String name = fileName.substring(0, fileName.length() - SUFFIX.length());
            if (CANNED_NAME.matcher(name).matches()) {
                names.add(name);
            }
        }
    }

    private static QueryException unknown(String name) {
        return new QueryException("unknown query '" + name + "'; available: " + String.join(", ", available())
                + " (or give a path to a .rq file)");
    }
}
