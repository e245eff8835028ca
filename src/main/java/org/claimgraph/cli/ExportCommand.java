package org.claimgraph.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.claimgraph.export.ExportException;
import org.claimgraph.export.ExportFile;
import org.claimgraph.export.ExportFormat;
import org.claimgraph.export.ExportSummary;
import org.claimgraph.export.Exporter;
import org.claimgraph.export.NoSuchPaperException;
import org.claimgraph.export.PaperSelection;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimgraph export}: a store, one paper or the papers loaded since a date, to RDF, a table or a graph format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a store as RDF (ttl, nt, nq, trig, jsonld, rdfxml), claims JSON Lines, CSV, or its entity"
                + " graph as GraphML, GEXF or DOT. A file name ending in .gz is gzip-compressed.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "ttl, nt, nq, trig, jsonld, rdfxml, claims-jsonl, csv, graphml, gexf, dot"
                    + " (default: from the extension of -o, e.g. out.graphml, out.ttl.gz).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Output file (default: standard output); FILE.gz is written gzip-compressed.")
    Path output;

    @Option(names = "--graph", paramLabel = "PAPER_ID", description = "Export only this paper's named graph.")
    String paperId;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Export only the papers loaded at or after DATE: 2026-11-25 (UTC midnight) or 2026-11-25T15:00:00Z.")
    String since;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExportFormat fmt = exportFormat();
        PaperSelection selection = selection();
        Stores.requireExisting(db.db);
        ExportSummary summary;
        try (ClaimStore store = ClaimStore.openTdb2(db.db)) {
            if (output == null) {
                try (OutputStream out = Pipelines.open(null)) {
                    summary = Exporter.export(store.dataset(), fmt, selection, out);
                }
            } else {
                try (ExportFile file = ExportFile.create(output)) {
                    summary = Exporter.export(store.dataset(), fmt, selection, file.out());
                    file.commit();
                }
            }
        } catch (NoSuchPaperException e) {
            spec.commandLine().getErr().println("claimgraph export: " + e.getMessage());
            return ExitCodes.INPUT;
        }
        spec.commandLine().getErr().println("exported " + summary.describe() + " from " + db.db + " as "
                + fmt.cliName() + (output == null ? "" : " to " + output));
        return ExitCodes.OK;
    }

    private ExportFormat exportFormat() {
        if (format != null) {
            try {
                return ExportFormat.fromName(format);
            } catch (ExportException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        if (output == null) {
            throw new ParameterException(spec.commandLine(), "give --format, or -o FILE with a known extension");
        }
        return ExportFormat.fromFileName(output.getFileName().toString()).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "cannot tell the format from the name " + output.getFileName() + "; give --format "
                        + String.join("|", ExportFormat.names())));
    }

    private PaperSelection selection() {
        if (paperId != null && paperId.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--graph needs a paper id");
        }
        Instant loadedSince = null;
        if (since != null) {
            try {
                loadedSince = PaperSelection.parseInstant(since);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--since: " + e.getMessage());
            }
        }
        return new PaperSelection(paperId, loadedSince);
    }
}
