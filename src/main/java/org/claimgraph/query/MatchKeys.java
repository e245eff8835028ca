package org.claimgraph.query;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalised-name rule of RDF-MODEL.md (NFKC, lowercase, keep only a-z0-9), so that a user's
 * "GSM-8K" finds the entity whose cg:matchKey is "gsm8k". Mirrors {@code org.claimgraph.rdf.Names.key};
 * kept in this one place until the two are unified.
 */
final class MatchKeys {
    private MatchKeys() {
    }

    static String key(String name) {
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
