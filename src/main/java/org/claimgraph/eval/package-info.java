/**
 * Evaluation: scores claims JSON Lines predictions against gold, exactly as
 * {@code shared/eval/score.py} does (CLAIMS-SCHEMA.md), so that {@code claimgraph evaluate}
 * and the Python scorer print the same table.
 *
 * <p>{@link org.claimgraph.eval.Scorer#score} reads both files and returns
 * {@link org.claimgraph.eval.Scores}; {@link org.claimgraph.eval.Scores#toTable()} and
 * {@link org.claimgraph.eval.Scores#toJson()} print score.py's table and {@code --json} output.
 */
package org.claimgraph.eval;
