package org.claimgraph.query;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.query.ParameterizedSparqlString;
import org.claimgraph.rdf.Names;

/**
 * One run-time parameter of a {@link CannedQuery}, declared in the query's header as
 * {@code # @param NAME KIND DESCRIPTION}.
 *
 * @param name what the user writes ({@code --param benchmark=GSM8K})
 * @param kind how the value is bound
 * @param description one line for help texts and error messages
 */
public record QueryParameter(String name, Kind kind, String description) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** How a user's value becomes a SPARQL term; both kinds bind a plain string literal. */
    public enum Kind {
        /**
         * The value's normalised key (see RDF-MODEL.md) is bound to {@code ?NAMEKey}, to be matched
         * against {@code cg:matchKey}: "GSM-8K", "gsm8k" and an alias all find the same entity.
         */
        KEY,
        /** The value as given is bound to {@code ?NAME}. */
        TEXT;

        static Kind fromLabel(String label) {
            for (Kind k : values()) {
                if (k.name().equalsIgnoreCase(label)) {
                    return k;
                }
            }
            return null;
        }
    }

    public QueryParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        description = description == null ? "" : description.strip();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("parameter name is not a SPARQL variable name: '" + name + "'");
        }
    }

    /** The query variable that receives the value. */
    public String variable() {
        return kind == Kind.KEY ? name + "Key" : name;
    }

    /**
     * Binds {@code value} through {@link ParameterizedSparqlString}, which escapes it as a literal,
     * so quotes or SPARQL syntax in a value cannot change the query.
     */
    void bind(ParameterizedSparqlString sparql, String queryName, String value) {
        if (kind == Kind.KEY) {
            String key = Names.key(value);
            if (key.isEmpty()) {
                throw new QueryException("query '" + queryName + "': parameter " + name + "='" + value
                        + "' has no letters or digits to match a name by");
            }
            sparql.setLiteral(variable(), key);
        } else {
            sparql.setLiteral(variable(), value);
        }
    }
}
