package org.claimgraph.cli;

import picocli.CommandLine;

/** Entry point of the {@code claimgraph} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line in-process and returns its exit code (tests call this). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured picocli command line, with claimgraph's exit-code mapping. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ClaimGraphCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
