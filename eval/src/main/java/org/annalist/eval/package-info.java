/**
 * Evaluation: the referee of {@code shared/tools/score.py} in Java. {@link org.annalist.eval.Referee}
 * scores system output against gold, both in the annalist-gold/1 shape
 * ({@link org.annalist.eval.gold}), into an {@link org.annalist.eval.EvalReport} of
 * {@link org.annalist.eval.PRF} counts per {@link org.annalist.eval.Task}. One evaluator per
 * task family (package-private) ports one block of {@code score_doc}.
 */
package org.annalist.eval;
