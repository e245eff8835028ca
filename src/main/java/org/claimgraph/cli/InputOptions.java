package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.ingest.InputFormat;
import org.claimgraph.ingest.PaperReaders;
import org.claimgraph.ingest.PaperSource;
import org.claimgraph.ingest.RejectSink;
import org.claimgraph.ingest.RejectsReport;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by every command that reads abstracts. */
final class InputOptions {
    static final String DEFAULT_REJECTS = "claimgraph-rejects.jsonl";

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Abstracts to read: files, folders of .txt files, or - for standard input.")
    List<String> inputs;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            converter = FormatConverter.class,
            description = "auto (default: detect from content), daily-papers, jsonl, arxiv, txt-dir.")
    InputFormat format;

    @Option(names = "--strict", description = "Stop at the first malformed record instead of reporting and skipping it.")
    boolean strict;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Where to write the rejects report (JSON Lines: file, line, reason, excerpt). "
                    + "Default: " + DEFAULT_REJECTS + " in the working folder, kept only when there are rejects.")
    Path rejectsFile;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: number of cores).")
    Integer threads;

    /** The report every command writes rejects into; strict mode throws at the first reject instead. */
    RejectsReport openRejects() {
        return RejectsReport.writingTo(rejectsPath());
    }

    Path rejectsPath() {
        return rejectsFile == null ? Path.of(DEFAULT_REJECTS) : rejectsFile;
    }

    RejectSink sink(RejectsReport report) {
        return strict ? RejectSink.strict() : report;
    }

    PaperSource open(RejectSink sink) {
        return PaperReaders.openAll(inputs, format, sink);
    }

    /** Reads the format names {@link InputFormat#optionName()} gives. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            return InputFormat.fromOptionName(value);
        }
    }
}
