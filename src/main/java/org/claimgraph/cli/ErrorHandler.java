package org.claimgraph.cli;

import org.claimgraph.ClaimGraphException;
import org.claimgraph.export.ExportException;
import org.claimgraph.ingest.IngestException;
import org.claimgraph.query.QueryException;
import org.claimgraph.serve.ServeException;
import org.claimgraph.store.StoreException;
import org.claimgraph.validate.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps exceptions to exit codes and one readable line on stderr. Expected failures (a
 * {@link ClaimGraphException}) print only their message; anything else is a bug and prints the
 * stack trace too.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        if (ex instanceof ClaimGraphException) {
            cmd.getErr().println("claimgraph " + cmd.getCommandName() + ": " + ex.getMessage());
            cmd.getErr().flush();
            return exitCode(ex);
        }
        cmd.getErr().println("claimgraph " + cmd.getCommandName() + ": internal error: " + ex);
        ex.printStackTrace(cmd.getErr());
        cmd.getErr().flush();
        return ExitCodes.SOFTWARE;
    }

    static int exitCode(Exception ex) {
        // A bad record under --strict surfaces wrapped by the store that was loading it: still an input error.
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof IngestException) {
                return ExitCodes.INPUT;
            }
        }
        if (ex instanceof StoreException) {
            return ExitCodes.STORE;
        }
        if (ex instanceof QueryException) {
            return ExitCodes.QUERY;
        }
        if (ex instanceof ServeException) {
            return ExitCodes.SERVE;
        }
        if (ex instanceof ValidationException) {
            return ExitCodes.VALIDATION;
        }
        if (ex instanceof ExportException) {
            return ExitCodes.OUTPUT;
        }
        return ExitCodes.EVAL;
    }
}
