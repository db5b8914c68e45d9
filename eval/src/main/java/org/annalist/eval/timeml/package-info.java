/**
 * TimeML (TempEval-3 {@code .tml}) in and out: {@link org.annalist.eval.timeml.TimeMlGold}
 * reads TimeML gold into the annalist-gold/1 shape the referee scores;
 * {@link org.annalist.eval.timeml.TimeMlWriter} writes the pipeline's timexes as TimeML.
 */
package org.annalist.eval.timeml;
