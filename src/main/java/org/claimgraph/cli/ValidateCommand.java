package org.claimgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.validate.ClaimValidator;
import org.claimgraph.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph validate}: a store against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a store against the SHACL shapes (ontology/shapes.ttl): each paper's graph on its own, "
                + "or with --union the union graph that queries see. Prints every violation; exit code 8 if any.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--union", description = "Check the union of all papers' graphs instead of each paper's graph.")
    boolean union;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Stores.requireExisting(db.db);
        ClaimValidator validator = ClaimValidator.shacl();
        long start = System.nanoTime();
        ValidationReport report;
        try (ClaimStore store = ClaimStore.openTdb2(db.db)) {
            report = union ? validator.validateUnion(store.dataset()) : validator.validatePapers(store.dataset());
        }
        PrintWriter out = spec.commandLine().getOut();
        report.lines().forEach(out::println);
        out.println(report.summary());
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println("validated " + db.db + (union ? " (union graph)" : " (each paper's graph)") + " in "
                + Pipelines.seconds(Duration.ofNanos(System.nanoTime() - start)));
        err.flush();
        return report.conforms() ? ExitCodes.OK : ExitCodes.VALIDATION;
    }
}
