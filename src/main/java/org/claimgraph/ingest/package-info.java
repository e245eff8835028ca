/**
 * Ingest: inputs in, {@link org.claimgraph.ingest.Paper}s out, one record at a time.
 *
 * <p>{@link org.claimgraph.ingest.PaperReaders} opens a file, a folder of {@code .txt} files or
 * standard input as a {@link org.claimgraph.ingest.PaperSource}. Every record becomes a paper or a
 * {@link org.claimgraph.ingest.Reject} (file, line, reason, excerpt) sent to a
 * {@link org.claimgraph.ingest.RejectSink}: {@link org.claimgraph.ingest.RejectSink#strict()}
 * stops at the first one, {@link org.claimgraph.ingest.RejectsReport} counts them and writes a
 * JSON Lines report.
 *
 * <p>Decisions: each line is decoded as strict UTF-8 on its own, so a stray Latin-1 byte costs one
 * record, not the file. A file whose first 64 KiB hold a NUL byte, a UTF-16 byte-order mark or a
 * zip header is not text and fails as a whole with an {@link org.claimgraph.ingest.IngestException}
 * (inside a folder of {@code .txt} files such a file is one reject instead);
 * a NUL byte further on rejects its line. Abstracts longer than
 * {@link org.claimgraph.ingest.PaperReaders#MAX_ABSTRACT_CHARS} and titles longer than
 * {@link org.claimgraph.ingest.PaperReaders#MAX_TITLE_CHARS} are rejected; lines longer than
 * {@link org.claimgraph.ingest.PaperReaders#MAX_LINE_BYTES} are skipped without being held in
 * memory and rejected. An empty input gives no papers and a logged warning.
 */
package org.claimgraph.ingest;
