package org.claimgraph.cli;

import picocli.CommandLine.Command;

/** The parent command: every verb is a subcommand. */
@Command(name = "claimgraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Research-paper abstracts in, a SPARQL-queryable knowledge graph of research claims out.",
        subcommands = {
            DemoCommand.class,
            ExtractCommand.class,
            LoadCommand.class,
            ServeCommand.class,
            QueryCommand.class,
            ExportCommand.class,
            EvaluateCommand.class,
            ValidateCommand.class,
            ResolveCommand.class,
            DescribeCommand.class,
            TrainCommand.class,
            BenchCommand.class,
            PageBenchCommand.class,
            IndexCommand.class,
            GenerateCommand.class,
            CompactCommand.class,
            LinkCommand.class,
            picocli.CommandLine.HelpCommand.class
        })
final class ClaimGraphCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
