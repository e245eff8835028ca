package org.claimgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene full-text index kept beside a store's TDB2 files (in {@code DB/text-index}), and the
 * marker that says it holds every indexed triple of the store.
 *
 * <p>Three fields, one per kind of hit: {@value #PAPER_FIELD} (paper titles and abstracts),
 * {@value #EVIDENCE_FIELD} (evidence sentences) and {@value #LABEL_FIELD} (entity labels and
 * aliases). Each document is one triple and carries its graph and a uid (a hash of graph, subject,
 * property and text), so deleting a triple deletes exactly its document: an entity label that
 * several papers' graphs repeat stays indexed until the last of them is replaced.
 */
final class TextIndexes {
    static final String FOLDER = "text-index";
    static final String PAPER_FIELD = "paper";
    static final String EVIDENCE_FIELD = "evidence";
    static final String LABEL_FIELD = "label";
    static final Node OA_EXACT = NodeFactory.createURI("http://www.w3.org/ns/oa#exact");

    /** The indexed properties. */
    static final Set<Node> PROPERTIES = Set.of(DCTerms.title.asNode(), DCTerms.abstract_.asNode(), OA_EXACT,
            RDFS.label.asNode(), SKOS.altLabel.asNode());

    /** Present when the index was built from the whole store or kept in step with it since. */
    private static final String COMPLETE = "text-index.complete";

    private TextIndexes() {
    }

    static EntityDefinition definition() {
        EntityDefinition definition = new EntityDefinition("uri", PAPER_FIELD, DCTerms.title.asNode());
        definition.set(PAPER_FIELD, DCTerms.abstract_.asNode());
        definition.set(EVIDENCE_FIELD, OA_EXACT);
        definition.set(LABEL_FIELD, RDFS.label.asNode());
        definition.set(LABEL_FIELD, SKOS.altLabel.asNode());
        definition.setGraphField("graph");
        definition.setUidField("uid");
        return definition;
    }

    /** Opens (or creates) the index; one that had to be created is marked incomplete, whatever the marker said. */
    static TextIndexLucene open(Path db) {
        Path folder = db.resolve(FOLDER);
        try {
            Files.createDirectories(folder);
            try (FSDirectory directory = FSDirectory.open(folder)) {
                if (!DirectoryReader.indexExists(directory)) {
                    markIncomplete(db);
                }
            }
            TextIndexConfig config = new TextIndexConfig(definition());
            config.setValueStored(false);
            return new TextIndexLucene(FSDirectory.open(folder), config);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("cannot open the text index " + folder + " of TDB2 database " + db + ": "
                    + e.getMessage(), e);
        }
    }

    static boolean isComplete(Path db) {
        return Files.isRegularFile(db.resolve(COMPLETE));
    }

    static void markComplete(Path db) {
        try {
            Files.writeString(db.resolve(COMPLETE), "the text index holds every indexed triple of this store\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot write " + db.resolve(COMPLETE) + ": " + e.getMessage(), e);
        }
    }

    static void markIncomplete(Path db) {
        try {
            Files.deleteIfExists(db.resolve(COMPLETE));
        } catch (IOException e) {
            throw new StoreException("cannot delete " + db.resolve(COMPLETE) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Empties the index and indexes every title, abstract, evidence sentence and label in
     * {@code store} (read in one read transaction), committing the index at the end.
     *
     * @return the number of triples indexed
     */
    static long rebuild(Path db, DatasetGraph store, TextIndexLucene index, LongConsumer progress) {
        EntityDefinition definition = index.getDocDef();
        try {
            index.getIndexWriter().deleteAll();
            long indexed = Txn.calculateRead(store, () -> {
                long count = 0;
                for (Node property : PROPERTIES) {
                    Iterator<Quad> quads = store.find(Node.ANY, Node.ANY, property, Node.ANY);
                    while (quads.hasNext()) {
                        Entity entity = TextQueryFuncs.entityFromQuad(definition, quads.next());
                        if (entity != null) {
                            index.addEntity(entity);
                            count++;
                            if (count % 100_000 == 0) {
                                progress.accept(count);
                            }
                        }
                    }
                }
                return count;
            });
            index.prepareCommit();
            index.commit();
            progress.accept(indexed);
            return indexed;
        } catch (IOException | RuntimeException e) {
            try {
                index.rollback();
            } catch (RuntimeException rollback) {
                e.addSuppressed(rollback);
            }
            throw new StoreException("cannot build the text index of TDB2 database " + db + ": " + e.getMessage(), e);
        }
    }
}
