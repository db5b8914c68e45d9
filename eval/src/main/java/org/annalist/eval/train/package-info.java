/**
 * Learning from gold: {@link org.annalist.eval.train.SpeakerTraining} fits the quote speaker
 * ranker ({@link org.annalist.annotate.quote.SpeakerRanker}) on a gold set's attributed
 * quotations and measures it by cross-validation, folds by document.
 */
package org.annalist.eval.train;
