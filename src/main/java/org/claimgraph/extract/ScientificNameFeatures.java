package org.claimgraph.extract;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Word-shape features for scientific names, which OpenNLP's generic token classes blur: acronyms
 * with a plural "s" ("LLMs"), CamelCase ("ResNet"), letters mixed with digits ("GPT-4", "F1"),
 * hyphenated compounds, an acronym defined right after ("Long Form ( LF )"), and the collapsed
 * shape of the word and its neighbours ("BERT-base" is {@code X-x}).
 */
public final class ScientificNameFeatures implements AdaptiveFeatureGenerator {

    /** Referenced by class name from the feature generator descriptor of the trained models. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new ScientificNameFeatures();
        }
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String t = tokens[index];
        features.add("sn.shape=" + shape(t));
        features.add("sn.pshape=" + (index > 0 ? shape(tokens[index - 1]) : "BOS"));
        features.add("sn.nshape=" + (index + 1 < tokens.length ? shape(tokens[index + 1]) : "EOS"));
        if (acronym(t)) {
            features.add("sn.acronym");
        }
        if (t.length() > 2 && t.endsWith("s") && acronym(t.substring(0, t.length() - 1))) {
            features.add("sn.acronym-plural");
        }
        if (camel(t)) {
            features.add("sn.camel");
        }
        boolean digit = t.chars().anyMatch(Character::isDigit);
        boolean letter = t.chars().anyMatch(Character::isLetter);
        if (digit && letter) {
            features.add("sn.alnum");
        }
        if (t.length() > 1 && t.indexOf('-') > 0) {
            features.add("sn.hyphen");
            features.add("sn.head=" + t.substring(t.lastIndexOf('-') + 1).toLowerCase(java.util.Locale.ROOT));
        }
        if (index + 2 < tokens.length && "(".equals(tokens[index + 1]) && acronym(tokens[index + 2])) {
            features.add("sn.defined");
        }
    }

    static String shape(String token) {
        StringBuilder sb = new StringBuilder();
        char last = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                sb.append(k);
                last = k;
            }
        }
        return sb.toString();
    }

    static boolean acronym(String t) {
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isDigit(c) && c != '-') {
                return false;
            }
        }
        return upper >= 2 && t.length() <= 10;
    }

    static boolean camel(String t) {
        for (int i = 1; i < t.length(); i++) {
            if (Character.isUpperCase(t.charAt(i)) && Character.isLowerCase(t.charAt(i - 1))) {
                return Character.isLetter(t.charAt(0));
            }
        }
        return false;
    }
}
