package org.claimgraph.validate;

import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;

/**
 * One SHACL result: which node broke which rule, along which property, with which value.
 *
 * @param graph the paper graph the focus node was found in, or null when a single graph or a union was checked
 * @param focusNode the node the rule is about (a paper, claim, selector, entity or extraction run)
 * @param path the property path of the rule, or null for a rule on the node itself
 * @param message the rule in words, from the shape's {@code sh:message}
 * @param value the offending value, or null when a value is missing rather than wrong
 * @param constraint the SHACL constraint component without namespace and suffix, e.g. {@code MaxCount}
 */
public record Violation(Node graph, Node focusNode, Path path, String message, Node value, String constraint) {
    public Violation {
        Objects.requireNonNull(focusNode, "focusNode");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(constraint, "constraint");
    }

    /** The property of a one-step path, else null. Every path in {@code shapes.ttl} is one step. */
    public Node predicate() {
        return path instanceof P_Link link ? link.getNode() : null;
    }

    /** The same result found in {@code paperGraph}. */
    Violation in(Node paperGraph) {
        return new Violation(paperGraph, focusNode, path, message, value, constraint);
    }

    /** One line: {@code [graph] focus path: message (value v; Constraint)}, IRIs shortened with {@code prefixes}. */
    public String format(PrefixMap prefixes) {
        StringBuilder line = new StringBuilder();
        if (graph != null) {
            line.append("in ").append(NodeFmtLib.str(graph, prefixes)).append(": ");
        }
        line.append(NodeFmtLib.str(focusNode, prefixes));
        if (path != null) {
            line.append(' ').append(predicate() != null ? NodeFmtLib.str(predicate(), prefixes) : path.toString());
        }
        line.append(": ").append(message).append(" (");
        if (value != null) {
            line.append("value ").append(NodeFmtLib.str(value, prefixes)).append("; ");
        }
        return line.append(constraint).append(')').toString();
    }
}
