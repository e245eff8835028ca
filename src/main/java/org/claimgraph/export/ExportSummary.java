package org.claimgraph.export;

/**
 * What one export wrote, for the line a command prints.
 *
 * @param papers papers selected
 * @param vertices vertices of the entity graph (0 for the other formats)
 * @param edges edges of the entity graph (0 for the other formats)
 */
public record ExportSummary(int papers, int vertices, int edges) {
    public ExportSummary {
        if (papers < 0 || vertices < 0 || edges < 0) {
            throw new IllegalArgumentException("negative count in export summary");
        }
    }

    /** {@code "33 papers"}, or {@code "33 papers; 180 vertices, 420 edges"} for an entity graph. */
    public String describe() {
        String text = papers + (papers == 1 ? " paper" : " papers");
        return vertices == 0 && edges == 0 ? text : text + "; " + vertices + " vertices, " + edges + " edges";
    }
}
