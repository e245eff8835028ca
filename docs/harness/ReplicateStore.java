import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Scale harness (not part of claimgraph): writes COPIES relabelled copies of every paper graph of a
 * loaded store into a new, empty store with TDB2's parallel loader. Copy k > 0 renames each paper
 * (IRIs under .../id/paper/ and the dcterms:identifier and cg:paperId literals get the prefix "rK-");
 * entities are shared, so every benchmark gets COPIES times the results. Extraction is not rerun.
 *
 * java -Xmx1g -cp claimgraph.jar docs/harness/ReplicateStore.java FROM_DB TO_DB COPIES
 */
public class ReplicateStore {
    static final String PAPER = "https://w3id.org/claimgraph/id/paper/";
    static final String IDENTIFIER = "http://purl.org/dc/terms/identifier";
    static final String PAPER_ID = "https://w3id.org/claimgraph/ontology#paperId";

    public static void main(String[] args) {
        DatasetGraph from = DatabaseMgr.connectDatasetGraph(args[0]);
        DatasetGraph to = DatabaseMgr.connectDatasetGraph(args[1]);
        int copies = Integer.parseInt(args[2]);
        long start = System.nanoTime();
        DataLoader loader = LoaderFactory.parallelLoader(to, (format, a) -> { });
        loader.startBulk();
        long[] n = {0};
        try {
            for (int k = 0; k < copies; k++) {
                String prefix = k == 0 ? "" : "r" + k + "-";
                Txn.executeRead(from, () -> from.find().forEachRemaining(q -> {
                    loader.stream().quad(k(q, prefix));
                    n[0]++;
                }));
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        System.out.printf("%,d quads in %.1f s%n", n[0], (System.nanoTime() - start) / 1e9);
    }

    static Quad k(Quad q, String prefix) {
        if (prefix.isEmpty()) {
            return q;
        }
        Node p = q.getPredicate();
        Node o = q.getObject();
        if (o.isLiteral() && (p.getURI().equals(IDENTIFIER) || p.getURI().equals(PAPER_ID))) {
            o = NodeFactory.createLiteralString(prefix + o.getLiteralLexicalForm());
        } else {
            o = iri(o, prefix);
        }
        return Quad.create(iri(q.getGraph(), prefix), iri(q.getSubject(), prefix), p, o);
    }

    static Node iri(Node n, String prefix) {
        return n.isURI() && n.getURI().startsWith(PAPER)
                ? NodeFactory.createURI(PAPER + prefix + n.getURI().substring(PAPER.length())) : n;
    }
}
