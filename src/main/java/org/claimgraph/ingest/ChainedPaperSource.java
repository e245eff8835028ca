package org.claimgraph.ingest;

import java.util.List;
import java.util.function.Function;

/** Reads several inputs one after another, opening each only when the previous one is exhausted. */
final class ChainedPaperSource implements PaperSource {
    private final List<String> inputs;
    private final Function<String, PaperSource> opener;
    private int next;
    private PaperSource current;

    ChainedPaperSource(List<String> inputs, Function<String, PaperSource> opener) {
        this.inputs = List.copyOf(inputs);
        this.opener = opener;
    }

    @Override
    public Paper read() {
        while (true) {
            if (current == null) {
                if (next >= inputs.size()) {
                    return null;
                }
                current = opener.apply(inputs.get(next++));
            }
            Paper p = current.read();
            if (p != null) {
                return p;
            }
            PaperSource done = current;
            current = null;
            done.close();
        }
    }

    @Override
    public void close() {
        next = inputs.size();
        if (current != null) {
            PaperSource open = current;
            current = null;
            open.close();
        }
    }
}
