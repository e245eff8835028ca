package org.claimgraph.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** How query results are written: an aligned text table for people, or a SPARQL results format for tools. */
public enum OutputFormat {
    /** Aligned text table; IRIs abbreviated with the query's prefixes. */
    TABLE(ResultSetLang.RS_Text),
    /** SPARQL 1.1 Query Results CSV: IRIs and literals as plain text. */
    CSV(ResultSetLang.RS_CSV),
    /** SPARQL 1.1 Query Results TSV: terms in Turtle syntax. */
    TSV(ResultSetLang.RS_TSV),
    /** SPARQL 1.1 Query Results JSON. */
    JSON(ResultSetLang.RS_JSON);

    private final Lang lang;

    OutputFormat(Lang lang) {
        this.lang = lang;
    }

    Lang lang() {
        return lang;
    }

    /** The format named {@code name} (case-insensitive: table, csv, tsv, json). */
    public static OutputFormat fromName(String name) {
        for (OutputFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new QueryException("unknown output format '" + name + "'; use one of "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
