package org.claimgraph.cli;

/** Exit codes of every command, in one place. */
final class ExitCodes {
    static final int OK = 0;
    /** Internal error: a bug; the stack trace is printed. */
    static final int SOFTWARE = 1;
    /** Bad command line (picocli's own code). */
    static final int USAGE = 2;
    /** An input is missing, unreadable, or (under --strict) has a bad record. */
    static final int INPUT = 3;
    /** The database folder cannot be opened or written. */
    static final int STORE = 4;
    /** A query is unknown, malformed, lacks a parameter, or timed out. */
    static final int QUERY = 5;
    /** The server cannot start (port in use, bad host). */
    static final int SERVE = 6;
    /** Evaluation found a problem with its inputs. */
    static final int EVAL = 7;
    /** A store does not conform to the SHACL shapes, or the shapes cannot be read. */
    static final int VALIDATION = 8;
    /** An export cannot be written (disk full, folder missing, no permission). */
    static final int OUTPUT = 9;

    private ExitCodes() {
    }
}
