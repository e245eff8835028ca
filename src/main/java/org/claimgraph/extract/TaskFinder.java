package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.nlp.Sentence;
import org.claimgraph.nlp.Token;

/**
 * Finds the research tasks a paper addresses: noun phrases headed by a task noun ("reasoning",
 * "generation", "segmentation", ...) with one to three adjective or noun modifiers (UD tags ADJ,
 * NOUN, PROPN), plus names from the task lexicon. A phrase counts when it is in the title or
 * occurs at least twice; at most three are kept, title phrases first.
 */
final class TaskFinder {
    static final Set<String> HEADS = Set.of("learning", "reasoning", "generation", "classification",
            "detection", "segmentation", "translation", "answering", "recognition", "estimation", "optimization",
            "optimisation", "modeling", "modelling", "retrieval", "summarization", "summarisation", "synthesis",
            "tracking", "prediction", "forecasting", "captioning", "parsing", "planning", "understanding",
            "editing", "completion", "alignment", "distillation", "reconstruction", "localization", "grounding",
            "tagging", "extraction", "labeling", "labelling", "matching", "inpainting", "restoration", "design",
            "tuning", "pre-training", "pretraining", "fine-tuning", "search", "navigation", "manipulation",
            "control", "diagnosis", "verification", "validation", "explanation", "adaptation", "compression",
            "quantization", "unlearning", "attribution", "discovery", "simulation", "rendering", "animation",
            "transfer", "super-resolution", "denoising", "deblurring", "dehazing", "registration", "mapping",
            "inference", "annotation", "assignment", "tokenization", "solving", "mitigation", "creation",
            "interpretability");
    private static final Set<String> BAD_MODIFIERS = Set.of("new", "novel", "our", "existing", "previous",
            "such", "other", "more", "better", "efficient", "effective", "extensive", "various", "different",
            "current", "recent", "prior", "standard", "proposed", "same", "many", "several", "strong", "robust",
            "simple", "further", "additional", "general", "specific", "overall", "improved", "each",
            "large", "significant", "key", "main", "first", "final", "its", "their", "this", "that", "these",
            "learnable", "lightweight", "scalable");
    private static final GuardedPattern TITLE_PHRASE = GuardedPattern.anyOf(Pattern.compile(
            "((?:[A-Za-z0-9][\\w\\-]*\\s+){0,3}?)(" + String.join("|", HEADS) + ")\\b", Pattern.CASE_INSENSITIVE),
            HEADS.toArray(String[]::new));
    private static final Set<String> TITLE_STOP = Set.of("for", "of", "the", "a", "an", "via", "with", "in",
            "and", "by", "to", "on", "from", "towards", "toward", "through", "using", "improving", "enhancing",
            "scaling", "boosting", "can", "is", "are", "llm", "llms", "large", "simply", "steps", "their", "your",
            "our", "improve", "improves", "enhance", "enhances", "boost", "boosts", "accelerate", "accelerates",
            "scale", "scales", "mimic", "mimics", "drives", "unlocks", "meets", "matters", "as", "at", "or");

    /** "tasks (reasoning, coding and image generation)", "tasks including classification and generation". */
    private static final GuardedPattern LIST_AFTER_TASKS = GuardedPattern.anyOf(Pattern.compile(
            "\\btasks?\\s*(?:\\(|:|,?\\s*(?:such\\s+as|including|like|e\\.g\\.,?|namely))\\s*([^().;:]{3,160})"), "task");
    /** "on REC, OVD, and VQA tasks", "on fine-grained classification and semantic segmentation tasks". */
    private static final GuardedPattern LIST_BEFORE_TASKS = GuardedPattern.anyOf(Pattern.compile(
            "\\b(?:on|across|in|for)\\s+((?:[\\w\\-]+\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+|\\s+)){1,12}?)tasks\\b"), "tasks");
    /** Modifiers that say how a method works, not what task it addresses: "transformer-based", "curiosity driven". */
    private static final Pattern METHOD_MODIFIER = Pattern.compile(
            "(?i)[\\w]+-(?:based|guided|aware|driven|augmented|enhanced|inspired|free|conditioned|constrained)|driven|guided|based"
                    + "|does|do|can|constrained|latent|inverse");

    private final Lexicon taskLexicon;

    TaskFinder(Lexicon taskLexicon) {
        this.taskLexicon = taskLexicon;
    }

    List<Entity> find(String title, List<Sentence> sentences, List<Entity> proposals) {
        Map<String, String> surface = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> inTitle = titlePhrases(title);
        boolean firstSentence = true;
        for (Sentence s : sentences) {
            for (Mention m : mentions(s)) {
                String phrase = stripMethodWords(m.text().toLowerCase(Locale.ROOT));
                if (phrase == null) {
                    continue;
                }
                count(phrase, surface, counts);
                if (firstSentence && m.start() == 0) {
                    count(phrase, surface, counts);
                }
            }
            for (String listed : listedTasks(s.text())) {
                count(listed, surface, counts);
                count(listed, surface, counts);
            }
            firstSentence = false;
        }
        List<Entity> out = new ArrayList<>();
        java.util.Set<String> proposed = new java.util.HashSet<>();
        for (Entity p : proposals) {
            proposed.add(Names.key(p.name()));
            p.aliases().forEach(a -> proposed.add(Names.key(a)));
        }
        for (String p : inTitle) {
            String phrase = stripMethodWords(p);
            if (phrase != null) {
                addTask(out, phrase, proposed);
            }
        }
        counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> addTask(out, surface.get(e.getKey()), proposed));
        return out.size() > 4 ? new ArrayList<>(out.subList(0, 4)) : out;
    }

    /** Drops leading words that describe the method rather than the task; null when only the head is left of a generic head. */
    private static String stripMethodWords(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        int k = 0;
        while (k < words.length - 1 && METHOD_MODIFIER.matcher(words[k]).matches()) {
            k++;
        }
        if (k == 0) {
            return phrase;
        }
        if (k == words.length - 1 && words.length > 1) {
            return null;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
    }

    /** The items of a list that the sentence calls tasks, lower case, at most four words each. */
    static List<String> listedTasks(String sentence) {
        List<String> out = new ArrayList<>();
        for (GuardedPattern p : List.of(LIST_AFTER_TASKS, LIST_BEFORE_TASKS)) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                for (String part : m.group(1).split(",|\\band\\b|\\bor\\b")) {
                    String item = part.strip().replaceFirst("^(?:the|both|various|diverse|several|multiple)\\s+", "");
                    String[] words = item.split("\\s+");
                    if (item.isEmpty() || words.length > 4 || item.matches(".*\\d.*") && !item.matches(".*[A-Za-z]{2}.*")) {
                        continue;
                    }
                    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
                    boolean taskLike = HEADS.contains(last) || last.matches("[a-z\\-]{4,}(?:ing|tion|sion|ment|ance)");
                    if (words.length == 1 && Names.nameLike(item) && item.length() <= 6
                            || taskLike && item.chars().allMatch(c -> c == ' ' || Character.isLowerCase(c) || c == '-')) {
                        if (!BAD_MODIFIERS.contains(words[0]) && !item.matches("(?:downstream|different|other|many|these|such|all|real-world)(?:\\s.*)?")) {
                            out.add(item.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Task phrases of one sentence, offsets into its text: a task noun with one to three modifiers,
     * and multi-word names of the task lexicon.
     */
    List<Mention> mentions(Sentence s) {
        List<Mention> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            String head = t.get(i).text().toLowerCase(Locale.ROOT);
            if (!HEADS.contains(head) || !"NOUN".equals(t.get(i).pos()) && !"VERB".equals(t.get(i).pos())) {
                continue;
            }
            int j = i;
            while (j > 0 && i - j < 3 && modifier(t.get(j - 1)) && wordStart(s, t.get(j - 1))) {
                j--;
            }
            if (j == i) {
                continue;
            }
            int start = t.get(j).start() - s.start();
            int end = t.get(i).end() - s.start();
            out.add(new Mention(s.text().substring(start, end), start, end, EntityType.TASK));
        }
        for (Mention m : taskLexicon.find(s.text(), EntityType.TASK)) {
            if (m.text().contains(" ")) {
                out.add(m);
            }
        }
        return out;
    }

    private static void addTask(List<Entity> out, String phrase, java.util.Set<String> proposed) {
        String key = Names.key(phrase);
        if (proposed.contains(key)) {
            return;
        }
        for (Entity e : out) {
            String k = Names.key(e.name());
            if (k.equals(key) || k.endsWith(key) || key.endsWith(k)) {
                return;
            }
        }
        out.add(Entity.of(phrase, EntityType.TASK));
    }

    private static void count(String phrase, Map<String, String> surface, Map<String, Integer> counts) {
        String key = Names.key(phrase);
        surface.putIfAbsent(key, phrase);
        counts.merge(key, 1, Integer::sum);
    }

    private static boolean wordStart(Sentence s, Token t) {
        int at = t.start() - s.start();
        return at == 0 || Character.isWhitespace(s.text().charAt(at - 1)) || s.text().charAt(at - 1) == '(';
    }

    private static boolean modifier(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return ("ADJ".equals(t.pos()) || "NOUN".equals(t.pos()) || "PROPN".equals(t.pos()) && w.contains("-"))
                && !BAD_MODIFIERS.contains(w) && w.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && (t.text().equals(w) || Character.isUpperCase(t.text().charAt(0)) && t.text().substring(1)
                .equals(t.text().substring(1).toLowerCase(Locale.ROOT)));
    }

    /** In a title every word is capitalised, so only acronyms, digits and inner capitals mark a name. */
    private static boolean titleName(String word) {
        String w = word.replaceAll("[^A-Za-z0-9\\-]", "");
        if (w.length() <= 4 && w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return w.length() >= 2 && (w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter)
                || w.chars().anyMatch(Character::isDigit)
                || w.indexOf('-') < 0 && w.substring(1).chars().anyMatch(Character::isUpperCase));
    }

    private static List<String> titlePhrases(String title) {
        List<String> out = new ArrayList<>();
        String body = ProposalFinder.titleName(title) != null ? title.substring(title.indexOf(':') + 1)
                : title.replace(':', ',');
        Matcher m = TITLE_PHRASE.matcher(body);
        while (m.find()) {
            String[] words = m.group(1).strip().isEmpty() ? new String[0] : m.group(1).strip().split("\\s+");
            int k = words.length;
            while (k > 0 && !TITLE_STOP.contains(words[k - 1].toLowerCase(Locale.ROOT))
                    && !titleName(words[k - 1])) {
                k--;
            }
            while (k < words.length && (words[k].toLowerCase(Locale.ROOT).endsWith("ing")
                    && !HEADS.contains(words[k].toLowerCase(Locale.ROOT))
                    || BAD_MODIFIERS.contains(words[k].toLowerCase(Locale.ROOT))
                    || words[k].equalsIgnoreCase("partial") || words[k].equalsIgnoreCase("unified")
                    || words[k].equalsIgnoreCase("end-to-end"))) {
                k++;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = k; i < words.length; i++) {
                sb.append(words[i].toLowerCase(Locale.ROOT)).append(' ');
            }
            if (sb.length() > 0) {
                out.add(sb.append(m.group(2).toLowerCase(Locale.ROOT)).toString());
            }
        }
        return out;
    }
}
