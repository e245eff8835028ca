/**
 * Benchmarks of the whole pipeline in one process: {@link org.claimgraph.bench.Bench} runs the
 * stages over an input and returns a {@link org.claimgraph.bench.BenchReport}. Never run from tests:
 * its figures are wall-clock times.
 */
package org.claimgraph.bench;
