package org.claimgraph.explore;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * One result row of a canned query, as plain strings: a literal's lexical form or an IRI. Unbound
 * variables are absent, and {@link #get} returns the empty string for them.
 *
 * @param values variable name to value
 */
record Row(Map<String, String> values) {
    Row {
        values = Map.copyOf(Objects.requireNonNull(values, "values"));
    }

    static Row of(QuerySolution solution) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Iterator<String> names = solution.varNames(); names.hasNext();) {
            String name = names.next();
            RDFNode node = solution.get(name);
            if (node != null) {
                values.put(name, node.isLiteral() ? node.asLiteral().getLexicalForm()
                        : node.isURIResource() ? node.asResource().getURI() : node.toString());
            }
        }
        return new Row(values);
    }

    /** The value of {@code variable}, or "" when it is unbound. */
    String get(String variable) {
        return values.getOrDefault(variable, "");
    }

    boolean has(String variable) {
        return !get(variable).isEmpty();
    }

    /** The value as a number, or null when it is unbound or not a number. */
    BigDecimal number(String variable) {
        String value = get(variable);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
