package org.claimgraph.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** The one-line JSON a benchmark report ends with, so scripts read every bench the same way. */
final class JsonLine {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLine() {
    }

    static String of(Map<String, Object> figures) {
        try {
            return JSON.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write benchmark figures as JSON", e);
        }
    }

    /** Two decimals: the precision a timing on a shared machine deserves. */
    static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
