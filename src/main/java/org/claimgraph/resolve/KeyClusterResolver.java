package org.claimgraph.resolve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.extract.EntityType;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.EntityKeys;
import org.claimgraph.rdf.Names;

/**
 * {@link EntityResolver} by keys. Within one IRI segment (methods, datasets, metrics, tasks: types
 * that can be one thing), node A and node B are one entity when a name A carries (an alias, or a
 * result's mention) is an acronym (two or more capitals, a key of three or more characters) with
 * B's key, no other node carries a name with that key, and no paper proposes B: "GCPO" as a baseline
 * in one paper is the "Group Contrastive Policy Optimization (GCPO)" of another, but an acronym that
 * two papers expand differently, or that a paper introduces as its own new method or dataset ("STAR"
 * proposed in one paper, "State-Aware Reasoning (STAR)" in another), stays its own node. Merging is
 * transitive.
 *
 * <p>Each entity's preferred label is the label most papers use as its name rather than as an alias,
 * ties to the longest (the long form over the acronym), then the smallest string; its canonical node
 * is the node that label names, else the node with the most (paper, label) pairs, ties to the
 * smallest IRI. Every rule reads only counts and sets of the store's content, never load order.
 *
 * <p>Memory is proportional to the distinct (entity, label) pairs, not to the papers: the labels are
 * streamed from one SPARQL SELECT and counted.
 */
final class KeyClusterResolver implements EntityResolver {
    private static final Var ENTITY = Var.alloc("entity");
    private static final Var LABEL = Var.alloc("label");
    private static final String LABELS = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?entity ?label WHERE { GRAPH ?paper { ?entity rdfs:label ?label } }
            """;
    private static final String ALIASES = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?entity ?label WHERE { GRAPH ?paper { ?entity skos:altLabel ?label } }
            """;
    private static final String PROPOSED = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            SELECT DISTINCT ?entity WHERE { GRAPH ?paper { ?paper cg:proposes ?entity } }
            """;
    /** Two-letter acronyms (CP, PR, SR) mean a different thing in nearly every paper: never merged. */
    private static final int MIN_ACRONYM = 3;
    private static final Map<String, EntityType> SEGMENTS = Map.of(
            "method", EntityType.METHOD, "dataset", EntityType.DATASET,
            "metric", EntityType.METRIC, "task", EntityType.TASK);
    private static final Comparator<Map.Entry<String, Integer>> MOST_USED =
            Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(e -> e.getKey().length(), Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey());

    @Override
    public Resolution resolve(Dataset dataset) {
        long start = System.nanoTime();
        try {
            return Txn.calculateWrite(dataset, () -> {
                DatasetGraph dsg = dataset.asDatasetGraph();
                Node graph = NodeFactory.createURI(ENTITIES_GRAPH);
                dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                Map<String, EntityNode> nodes = readNodes(dataset);
                Clusters clusters = cluster(nodes.values());
                long quads = 0;
                long merged = 0;
                for (List<EntityNode> members : clusters.groups()) {
                    quads += write(members, graph, dsg);
                    merged += members.size() > 1 ? 1 : 0;
                }
                return new Resolution(nodes.size(), clusters.groups().size(), merged, clusters.ambiguousKeys(),
                        clusters.proposalsKept(), quads, Duration.ofNanos(System.nanoTime() - start));
            });
        } catch (RuntimeException e) {
            throw new ResolveException("entity resolution failed and changed nothing: " + e.getMessage(), e);
        }
    }

    /** Every entity node of the papers' graphs with its labels, each counted once per paper. */
    private static Map<String, EntityNode> readNodes(Dataset dataset) {
        Map<String, EntityNode> nodes = new HashMap<>();
        rows(dataset, LABELS, (iri, label) -> {
            EntityNode node = nodes.computeIfAbsent(iri, EntityNode::parse);
            if (node != EntityNode.NONE) {
                node.labels.merge(label, 1, Integer::sum);
            }
        });
        rows(dataset, ALIASES, (iri, label) -> {
            EntityNode node = nodes.get(iri);
            if (node != null && node != EntityNode.NONE) {
                node.aliases.merge(label, 1, Integer::sum);
            }
        });
        rows(dataset, PROPOSED, (iri, unused) -> {
            EntityNode node = nodes.get(iri);
            if (node != null && node != EntityNode.NONE) {
                node.proposed = true;
            }
        });
        nodes.values().removeIf(n -> n == EntityNode.NONE);
        return nodes;
    }

    /** Streams the (IRI, literal) rows of {@code query} into {@code row}. */
    private static void rows(Dataset dataset, String query, BiConsumer<String, String> row) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            ResultSet rows = qe.execSelect();
            while (rows.hasNext()) {
                Binding binding = rows.nextBinding();
                Node entity = binding.get(ENTITY);
                Node label = binding.get(LABEL);
                if (entity != null && entity.isURI() && (label == null || label.isLiteral())) {
                    row.accept(entity.getURI(), label == null ? null : label.getLiteralLexicalForm());
                }
            }
        }
    }

    /** The merge groups: union-find over the nodes, joined by a name's key that is another node's key. */
    private static Clusters cluster(Iterable<EntityNode> all) {
        List<EntityNode> nodes = new ArrayList<>();
        all.forEach(nodes::add);
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            byKey.put(nodes.get(i).segmentKey(nodes.get(i).key), i);
        }
        Map<String, Integer> claimedBy = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            EntityNode node = nodes.get(i);
            for (String label : node.labels.keySet()) {
                String key = EntityKeys.key(node.type(), label);
                if (key.length() < MIN_ACRONYM || key.equals(node.key) || !isAcronym(label)) {
                    continue;
                }
                String claimed = node.segmentKey(key);
                Integer previous = claimedBy.putIfAbsent(claimed, i);
                if (previous != null && previous != i) {
                    ambiguous.add(claimed);
                }
            }
        }
        int[] parent = new int[nodes.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        long ambiguousNamingANode = 0;
        long proposalsKept = 0;
        for (Map.Entry<String, Integer> claim : claimedBy.entrySet()) {
            Integer named = byKey.get(claim.getKey());
            if (named == null) {
                continue;
            }
            if (ambiguous.contains(claim.getKey())) {
                ambiguousNamingANode++;
            } else if (nodes.get(named).proposed) {
                proposalsKept++;
            } else {
                parent[find(parent, claim.getValue())] = find(parent, named);
            }
        }
        Map<Integer, List<EntityNode>> groups = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(nodes.get(i));
        }
        return new Clusters(List.copyOf(groups.values()), ambiguousNamingANode, proposalsKept);
    }

    /** Two or more capitals ("GCPO", "mBERT", "GSM8k"): a short form, not a word that happens to be another name. */
    static boolean isAcronym(String label) {
        return label.codePoints().filter(Character::isUpperCase).limit(2).count() == 2;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private record Clusters(List<List<EntityNode>> groups, long ambiguousKeys, long proposalsKept) {
    }

    /** Writes one entity's quads; returns how many. */
    private static long write(List<EntityNode> members, Node graph, DatasetGraph dsg) {
        Map<String, Integer> labels = new HashMap<>();
        Map<String, Integer> asName = new HashMap<>();
        for (EntityNode m : members) {
            m.labels.forEach((label, n) -> {
                labels.merge(label, n, Integer::sum);
                asName.merge(label, n - m.aliases.getOrDefault(label, 0), Integer::sum);
            });
        }
        String preferred = asName.entrySet().stream().min(MOST_USED).orElseThrow().getKey();
        EntityNode canonical = canonical(members, preferred);
        Node canon = NodeFactory.createURI(canonical.iri);
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(graph, canon, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(preferred)));
        for (String label : labels.keySet()) {
            if (!label.equals(preferred) && !canonical.labels.containsKey(label)) {
                quads.add(Quad.create(graph, canon, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(label)));
            }
        }
        Set<String> keys = new HashSet<>();
        if (members.size() > 1) {
            members.forEach(m -> keys.addAll(m.matchKeys()));
        }
        for (EntityNode m : members) {
            Node node = NodeFactory.createURI(m.iri);
            quads.add(Quad.create(graph, node, CG.canonical.asNode(), canon));
            if (members.size() > 1) {
                Set<String> own = m.matchKeys();
                for (String key : keys) {
                    if (!own.contains(key)) {
                        quads.add(Quad.create(graph, node, CG.matchKey.asNode(), NodeFactory.createLiteralString(key)));
                    }
                }
            }
        }
        quads.forEach(dsg::add);
        return quads.size();
    }

    private static EntityNode canonical(List<EntityNode> members, String preferred) {
        EntityNode named = null;
        for (EntityNode m : members) {
            if (m.key.equals(EntityKeys.key(m.type(), preferred))) {
                named = m;
            }
        }
        if (named != null) {
            return named;
        }
        return members.stream().min(Comparator.comparingInt(EntityNode::uses).reversed()
                .thenComparing(m -> m.iri)).orElseThrow();
    }

    /** One entity node: its IRI's segment and key, and per label the number of papers using it as a label and as an alias. */
    private static final class EntityNode {
        static final EntityNode NONE = new EntityNode("", "", "");
        final String iri;
        final String segment;
        final String key;
        final Map<String, Integer> labels = new HashMap<>();
        final Map<String, Integer> aliases = new HashMap<>();
        boolean proposed;

        private EntityNode(String iri, String segment, String key) {
            this.iri = iri;
            this.segment = segment;
            this.key = key;
        }

        /** The node of an entity IRI ({@code ID + segment + "/" + key}), or {@link #NONE} for any other IRI. */
        static EntityNode parse(String iri) {
            if (!iri.startsWith(CG.ID)) {
                return NONE;
            }
            int slash = iri.indexOf('/', CG.ID.length());
            if (slash < 0 || !SEGMENTS.containsKey(iri.substring(CG.ID.length(), slash))) {
                return NONE;
            }
            return new EntityNode(iri, iri.substring(CG.ID.length(), slash), iri.substring(slash + 1));
        }

        EntityType type() {
            return SEGMENTS.get(segment);
        }

        String segmentKey(String k) {
            return segment + '/' + k;
        }

        int uses() {
            return labels.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The cg:matchKey values the mapper writes for this node's labels. */
        Set<String> matchKeys() {
            Set<String> keys = new HashSet<>();
            for (String label : labels.keySet()) {
                keys.add(Names.key(label));
                String entityKey = EntityKeys.key(type(), label);
                if (!EntityKeys.isWordKey(entityKey)) {
                    keys.add(entityKey);
                }
            }
            keys.remove("");
            return keys;
        }
    }
}
