package org.claimgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option shared by commands that use a TDB2 store. */
final class DbOption {
    @Option(names = "--db", paramLabel = "DIR", required = true, description = "TDB2 database folder.")
    Path db;
}
