package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a paper itself introduces: the name before the title's colon ("GeometryZero: ..."),
 * the object of "we propose / introduce / present ..." when it is a name or is given one
 * ("called", "dubbed", "Long Form (LF)"), and appositions "NAME, a novel framework".
 */
final class ProposalFinder {
    private static final Set<String> TITLE_OPENERS = Set.of("towards", "toward", "on", "when", "how", "why",
            "what", "beyond", "rethinking", "revisiting", "understanding", "is", "are", "do", "does", "can",
            "a", "an", "the", "from", "position", "survey", "unveiling", "exploring", "evaluating", "benchmarking",
            "mitigating", "improving", "enhancing", "boosting", "scaling", "learning", "assessing", "investigating");
    private static final GuardedPattern INTRO = GuardedPattern.anyOf(Pattern.compile(
            "\\b(?:we|this paper|this work|this study|here we|our work)\\s+(?:\\w+ly\\s+)?(?:further\\s+|also\\s+)?"
                    + "(?:propose|introduce|present|develop|design|devise|contribute|release|build|construct|"
                    + "create|curate|formulate|establish)[sd]?\\b", Pattern.CASE_INSENSITIVE), "propose", "introduce", "present", "develop", "design", "devise", "contribute", "release", "build", "construct", "create", "curate", "formulate", "establish");
    private static final GuardedPattern CALLED = GuardedPattern.anyOf(Pattern.compile(
            "\\b(?:called|named|dubbed|termed|coined|namely|denoted|we\\s+(?:call|name|term|dub)(?:\\s+(?:it|this|them))?)"
                    + "(?:\\s+as)?(?:\\s+the)?\\s+[\"“']?("
                    + Names.TOKEN + "(?:\\s+" + Names.TOKEN + "){0,3}?)[\"”']?(?=\\s*[,.;:()]|\\s+(?:that|which|to|for|as|and|with|in|by|is)\\b|$)"), "call", "name", "term", "dub", "coined", "denoted");
    private static final Pattern FIRST_NAME = Pattern.compile(
            "^\\s*(?:(?:a|an|the)\\s+)?(" + Names.TOKEN + "(?:\\s+" + Names.TOKEN + ")?)\\s*(?:[,:(]|\\s+-|\\s+—|\\s+–)");
    private static final GuardedPattern APPOSITION = GuardedPattern.anyOf(Pattern.compile(
            "(?:^|[.;]\\s+|\\b(?:introduce|propose|present)\\s+|^(?:First|Second|Third|Then|Next|Finally|Lastly|"
                    + "Additionally|Moreover|Specifically|Furthermore)\\s*,\\s+|\\((?:[1-9]|i{1,3}|iv|v|[a-e])\\)\\s+)(" + Names.TOKEN + "(?:\\s+" + Names.TOKEN + ")?)\\s*,\\s+"
                    + "(?:a|an|the\\s+first)\\s+(?:[\\w\\-]+\\s+){0,4}?(framework|method|approach|model|benchmark|dataset|algorithm|"
                    + "technique|pipeline|system|architecture|metric|suite|agent|paradigm|strategy|network|VLM|LLM|"
                    + "protocol|map|tool|toolkit|engine|library|module|controller|sampler|solver|encoder|detector|corpus)\\b"), "framework", "method", "approach", "model", "benchmark", "dataset", "algorithm", "technique", "pipeline", "system", "architecture", "metric", "suite", "agent", "paradigm", "strategy", "network", "vlm", "llm", "protocol", "map", "tool", "toolkit", "engine", "library", "module", "controller", "sampler", "solver", "encoder", "detector", "corpus");
    /** "we propose a training-free framework TunnelMIND": the name follows its type word. */
    private static final Pattern TYPE_THEN_NAME = Pattern.compile(
            "^\\s*(?:a|an|the)\\s+(?:[\\w\\-]+\\s+){0,4}?(framework|method|approach|model|benchmark|dataset|algorithm|"
                    + "technique|pipeline|system|architecture|metric|suite|agent|paradigm|strategy|network|VLM|LLM|"
                    + "protocol|map|tool|toolkit|engine|library|module|controller|sampler|solver|encoder|detector|corpus)\\s+(" + Names.TOKEN
                    + ")(?=\\s*[,.;:(]|\\s+(?:that|which|to|for|with)\\b|$)");
    /** "The MVTec AD 2 Dataset: ...": a title naming the paper's own dataset or benchmark after "The". */
    private static final Pattern TITLE_DATA_HEAD = Pattern.compile("\\s(Dataset|Benchmark|Corpus)$");
    /** A title prefix that ends in a report word names an event, not a method: "X Competition 2025: Summary and findings". */
    private static final Pattern REPORT_AFTER_COLON = Pattern.compile(
            "^\\s*(?:Summary|Overview|Report|Results|Findings|Proceedings|Lessons)\\b", Pattern.CASE_INSENSITIVE);
    /** "we introduce the concept of SCPL": a concept or problem, not a proposed artefact. */
    private static final Pattern CONCEPT_BEFORE = Pattern.compile(
            "(?s).*\\b(?:concept|notion|problem|phenomenon|task|setting|question|idea)\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern APPOSITION_TAIL = Pattern.compile(
            "^\\s*,\\s+(?:a|an)\\s+(?:[\\w\\-]+\\s+){0,4}?(framework|method|approach|model|benchmark|dataset|algorithm|"
                    + "technique|pipeline|system|architecture|metric|suite|agent|paradigm|strategy|network)\\b");
    /** Words before a defined name that show it is used, not introduced ("using Monte Carlo Tree Search (MCTS)"). */
    private static final Pattern BORROWED = Pattern.compile(
            "\\b(?:using|use|uses|via|into|with|from|of|on|by|like|as|over|than|and|or|such as|e\\.g\\.,?|including)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** An article or "novel" right before a lower-case defined term marks it as the paper's own. */
    private static final Pattern INTRODUCED = Pattern.compile("^\\s*(?:a|an|the|our)?\\s*(?:novel|new|simple|unified)?\\s*$");
    /** "two algorithms -- EXP3-FLAD and UCB1-FLAD --", "three variants: A, B and C". */
    private static final Pattern LISTED = Pattern.compile(
            "^\\s*(?:two|three|four|several)\\s+(?:new\\s+|novel\\s+)?(?:[\\w\\-]+\\s+){0,2}?(algorithms|methods|models|"
                    + "variants|frameworks|approaches|benchmarks|datasets|metrics)\\s*(?:–|—|:|\\(|--|,)\\s*("
                    + Names.TOKEN + "(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)" + Names.TOKEN + ")+)");
    private static final Pattern TRAILING_TYPE = Pattern.compile(
            "\\s+(benchmark|dataset|corpus|model|framework|method|metric|suite)$");
    private static final Pattern TYPE_WORD = Pattern.compile(
            "\\b(benchmarks?|datasets?|corpus|suite|metrics?|measure|models?|networks?|architectures?|agents?|"
                    + "transformer|LLMs?|frameworks?|pipelines?|systems?|paradigms?|toolkits?|platforms?|"
                    + "methods?|approach|algorithms?|techniques?|strategy|mechanism|loss|objective)\\b",
            Pattern.CASE_INSENSITIVE);

    List<Entity> find(String title, List<String> sentences, List<AcronymFinder.Definition> acronyms) {
        Map<String, Entity> byKey = new LinkedHashMap<>();
        String titleName = titleName(title);
        if (titleName != null) {
            Matcher headed = TITLE_DATA_HEAD.matcher(title.substring(0, title.indexOf(':')).strip());
            EntityType titleType = headed.find() ? typeOf(headed.group(1))
                    : typeNear(title.substring(title.indexOf(':') + 1), 0);
            boolean data = titleType == EntityType.BENCHMARK || titleType == EntityType.DATASET;
            add(byKey, titleName, data ? titleType : EntityType.METHOD, acronyms);
        }
        for (String s : sentences) {
            Matcher intro = INTRO.matcher(s);
            if (!intro.find()) {
                continue;
            }
            String rest = s.substring(intro.end());
            String window = rest.length() > 220 ? rest.substring(0, 220) : rest;
            Matcher listed = LISTED.matcher(window);
            if (listed.find()) {
                for (String item : listed.group(2).split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+")) {
                    if (hasName(item)) {
                        add(byKey, item, typeOf(listed.group(1)), acronyms);
                    }
                }
                continue;
            }
            Matcher called = CALLED.matcher(window);
            if (called.find() && (hasName(called.group(1)) || titleCase(called.group(1)))) {
                add(byKey, called.group(1), typeAround(window, called.start(), called.end()), acronyms);
                continue;
            }
            Matcher typed = TYPE_THEN_NAME.matcher(window);
            if (typed.find() && Names.nameLike(typed.group(2)) && !Names.modelName(typed.group(2))) {
                add(byKey, typed.group(2), typeOf(typed.group(1)), acronyms);
                continue;
            }
            Matcher first = FIRST_NAME.matcher(window);
            if (first.find() && hasName(first.group(1))) {
                add(byKey, first.group(1), typeAround(window, first.start(1), first.end(1)), acronyms);
                continue;
            }
            boolean done = false;
            for (AcronymFinder.Definition d : acronyms) {
                int at = window.indexOf(d.longForm() + " (" + d.shortForm());
                boolean introduced = at >= 0 && at < 60 && (titleCase(d.longForm()) || d.longForm().chars()
                        .anyMatch(Character::isUpperCase) || INTRODUCED.matcher(window.substring(0, at)).find());
                if (at >= 0 && CONCEPT_BEFORE.matcher(window.substring(0, at)).matches()) {
                    done = true;
                    continue;
                }
                if (at >= 0 && (introduced || titleCase(d.longForm()) && !BORROWED.matcher(window.substring(0, at)).find())) {
                    add(byKey, d.longForm(), typeAround(window, at, at + d.longForm().length()), acronyms);
                    done = true;
                }
            }
            if (done) {
                continue;
            }
            first = FIRST_NAME.matcher(window);
            if (first.find() && properName(first.group(1), window.substring(first.end(1)))) {
                add(byKey, first.group(1), typeAround(window, first.start(1), first.end(1)), acronyms);
            }
        }
        for (String s : sentences) {
            Matcher called = CALLED.matcher(s);
            while (called.find()) {
                Matcher type = TYPE_WORD.matcher(s.substring(Math.max(0, called.start() - 100), called.start()));
                if ((type.find() || called.group().startsWith("we")) && (hasName(called.group(1))
                        || titleCase(called.group(1))) && !Names.modelName(called.group(1))) {
                    add(byKey, called.group(1), typeAround(s, called.start(), called.end()), acronyms);
                }
            }
            for (AcronymFinder.Definition d : acronyms) {
                int at = s.indexOf(d.longForm() + " (" + d.shortForm() + ")");
                if (at < 0) {
                    continue;
                }
                String after = s.substring(at + d.longForm().length() + d.shortForm().length() + 3);
                Matcher ap = APPOSITION_TAIL.matcher(after);
                if (ap.find() && (INTRO.matcher(s).find() || ap.group().matches("(?s).*\\b(?:novel|new)\\b.*"))) {
                    add(byKey, d.longForm(), typeOf(ap.group(1)), acronyms);
                }
            }
            Matcher ap = APPOSITION.matcher(s);
            while (ap.find()) {
                if (hasName(ap.group(1)) && !Names.modelName(ap.group(1))) {
                    add(byKey, ap.group(1), typeOf(ap.group(2)), acronyms);
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** A capitalised word introduced with an expansion or apposition: "Crome (Causally Robust ...)", "X, a ...". */
    private static boolean properName(String phrase, String after) {
        return (phrase.indexOf(' ') < 0 || titleCase(phrase)) && Character.isUpperCase(phrase.charAt(0)) && !Names.generic(phrase)
                && after.matches("(?s)^\\s*(?:\\(\\s*[A-Z][\\w\\-]*(?:\\s+[A-Z\\-][\\w\\-]*)+\\s*\\)|,\\s+(?:a|an|the\\s+first)\\s).*");
    }

    /** Every word capitalised (small function words aside): "Theme Transformer", "Metadata Conditioning then Cooldown". */
    private static boolean titleCase(String phrase) {
        String[] words = phrase.split("\\s+");
        int capitalised = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            } else if (!w.matches("of|for|and|then|with|the|to|in|on|via|a|an")) {
                return false;
            }
        }
        return capitalised >= 2 && Character.isUpperCase(words[0].charAt(0));
    }

    private static boolean hasName(String phrase) {
        for (String w : phrase.split("\\s+")) {
            if (Names.nameLike(w) && !Names.generic(w)) {
                return true;
            }
        }
        return false;
    }

    /** The title's prefix before ':' when it reads as a name: short, and a name-like or capitalised phrase. */
    static String titleName(String title) {
        int colon = title.indexOf(':');
        if (colon <= 0 || colon > 60) {
            return null;
        }
        String prefix = title.substring(0, colon).strip();
        Matcher headed = TITLE_DATA_HEAD.matcher(prefix);
        if (headed.find() && prefix.startsWith("The ")) {
            prefix = prefix.substring(4, headed.start()).strip();
        }
        String[] words = prefix.split("\\s+");
        if (words.length > 4 || TITLE_OPENERS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        boolean named = false;
        if (REPORT_AFTER_COLON.matcher(title.substring(colon + 1)).find()
                || words.length > 1 && words[0].endsWith("ing") && !Names.nameLike(words[0])) {
            return null;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return null;
            }
            named |= Names.nameLike(w);
        }
        return named || words.length <= 3 ? prefix : null;
    }

    private static void add(Map<String, Entity> byKey, String rawName, EntityType type,
                            List<AcronymFinder.Definition> acronyms) {
        String name = Names.stripPossessive(rawName.strip());
        Matcher trailing = TRAILING_TYPE.matcher(name);
        if (trailing.find() && trailing.start() > 0) {
            type = typeOf(trailing.group(1));
            name = name.substring(0, trailing.start()).strip();
        }
        List<String> aliases = new ArrayList<>();
        String key = Names.key(name);
        for (AcronymFinder.Definition d : acronyms) {
            if (Names.key(d.shortForm()).equals(key)) {
                aliases.add(name);
                name = d.longForm();
                break;
            }
            if (Names.key(d.longForm()).equals(key)) {
                aliases.add(d.shortForm());
                break;
            }
        }
        if (key.isEmpty()) {
            return;
        }
        if (key.endsWith("bench") || key.endsWith("benchmark")) {
            type = EntityType.BENCHMARK;
        }
        for (Map.Entry<String, Entity> e : byKey.entrySet()) {
            Entity old = e.getValue();
            if (Names.key(old.name()).equals(Names.key(name)) || old.aliases().stream().anyMatch(
                    a -> Names.key(a).equals(key)) || aliases.stream().anyMatch(a -> Names.key(a).equals(
                    Names.key(old.name())))) {
                return;
            }
        }
        byKey.put(Names.key(name), new Entity(name, aliases, type));
    }

    /** The type word closest to a name: before it ("a framework called X"), else just after ("X, a framework"). */
    private static EntityType typeAround(String window, int nameStart, int nameEnd) {
        Matcher m = TYPE_WORD.matcher(window);
        String found = null;
        while (m.find() && m.end() <= nameStart) {
            found = m.group(1);
        }
        if (found != null) {
            return typeOf(found);
        }
        if (m.find(nameEnd) && m.start() - nameEnd < 60) {
            return typeOf(m.group(1));
        }
        return EntityType.METHOD;
    }

    private static EntityType typeNear(String text, int from) {
        Matcher m = TYPE_WORD.matcher(text);
        return m.find(from) && m.start() < 120 ? typeOf(m.group(1)) : EntityType.METHOD;
    }

    static EntityType typeOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("benchmark") || w.equals("suite")) {
            return EntityType.BENCHMARK;
        }
        if (w.startsWith("algorithm") || w.startsWith("variant") || w.startsWith("approach")) {
            return EntityType.METHOD;
        }
        if (w.startsWith("dataset") || w.equals("corpus")) {
            return EntityType.DATASET;
        }
        if (w.startsWith("metric") || w.equals("measure")) {
            return EntityType.METRIC;
        }
        if (w.startsWith("model") || w.startsWith("network") || w.startsWith("architecture") || w.startsWith("agent")
                || w.equals("transformer") || w.startsWith("llm")) {
            return EntityType.MODEL;
        }
        if (w.startsWith("framework") || w.startsWith("pipeline") || w.startsWith("system") || w.startsWith("paradigm")
                || w.startsWith("toolkit") || w.startsWith("platform")) {
            return EntityType.FRAMEWORK;
        }
        return EntityType.METHOD;
    }
}
