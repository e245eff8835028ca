package org.claimgraph.rdf;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalised key of a name ("matchKey"): the same rule as the scorer's {@code norm()}, so that
 * "GSM-8K" and "GSM8K" meet on one node and a SPARQL lookup by key agrees with the evaluation.
 */
public final class Names {
    private Names() {
    }

    /**
     * NFKC, lower case ({@link Locale#ROOT}), then only the characters {@code a-z} and {@code 0-9} kept.
     * May return the empty string when the name has no such character.
     */
    public static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
