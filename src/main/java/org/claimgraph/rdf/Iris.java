package org.claimgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.claimgraph.extract.EntityType;

/**
 * The IRIs claimgraph mints (RDF-MODEL.md). They depend only on their inputs, so the same paper,
 * entity or claim always gets the same IRI and re-loading replaces rather than duplicates.
 */
public final class Iris {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Iris() {
    }

    /** {@code ID + "paper/" + percent-encoded id}; the paper's named graph has the same IRI. */
    public static String paper(String paperId) {
        if (paperId == null || paperId.isBlank()) {
            throw new IllegalArgumentException("paper id is blank");
        }
        return CG.ID + "paper/" + encodeSegment(paperId);
    }

    /**
     * {@code ID + segment + "/" + EntityKeys.key(type, name)} where the segment is {@code method}
     * (methods, models, frameworks), {@code dataset} (datasets, benchmarks), {@code metric} or
     * {@code task}. A name without any a-z0-9 (e.g. only Greek letters) has an empty key; it gets
     * {@code "_"} plus its percent-encoded NFKC lower-case form instead, which no real key can collide with.
     */
    public static String entity(EntityType type, String name) {
        return CG.ID + segment(type) + "/" + nameSegment(name, EntityKeys.key(type, requireName(name)));
    }

    /**
     * The IRI segment entities of {@code type} share ({@code method}, {@code dataset}, {@code metric}
     * or {@code task}); entities in different segments are never one node.
     */
    public static String segment(EntityType type) {
        return switch (type) {
            case METHOD, MODEL, FRAMEWORK -> "method";
            case DATASET, BENCHMARK -> "dataset";
            case METRIC -> "metric";
            case TASK -> "task";
        };
    }

    /** {@code paperIri + "/proposal/" + key(name)}. */
    public static String proposal(String paperIri, String entityName) {
        return paperIri + "/proposal/" + nameSegment(entityName, Names.key(requireName(entityName)));
    }

    /** {@code paperIri + "/result/" + n}, n 1-based in extraction order. */
    public static String result(String paperIri, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("result number must be >= 1: " + n);
        }
        return paperIri + "/result/" + n;
    }

    /** {@code claimIri + "/evidence"}. */
    public static String selector(String claimIri) {
        return claimIri + "/evidence";
    }

    /** {@code paperIri + "/extraction"}. */
    public static String activity(String paperIri) {
        return paperIri + "/extraction";
    }

    /** {@code ID + "agent/" + name + "/" + version}, both percent-encoded as path segments. */
    public static String agent(String name, String version) {
        return CG.ID + "agent/" + encodeSegment(name) + "/" + encodeSegment(version);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        return name;
    }

    private static String nameSegment(String name, String key) {
        if (!key.isEmpty()) {
            return key;
        }
        return "_" + encodeSegment(Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    }

    /**
     * Percent-encodes everything but RFC 3986 unreserved characters ({@code A-Z a-z 0-9 - . _ ~}), as
     * UTF-8 bytes. Stricter than needed, so that ids with '/', '#', '?', spaces or non-ASCII letters
     * stay one path segment and the IRI is valid everywhere; "." and ".." are encoded too, since IRI
     * normalisation would remove them as dot-segments.
     */
    static String encodeSegment(String s) {
        if (s.equals(".") || s.equals("..")) {
            return s.replace(".", "%2E");
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
