/**
 * The narrative time engine: every date on the narrative's own timeline, as an interval.
 *
 * <p>{@link org.annalist.annotate.time.TimeStage} (reads no layer, writes
 * {@link org.annalist.model.layer.Timexes}) glues three small parts:
 * <ol>
 *   <li>{@link org.annalist.annotate.time.TimexFinder} detects expressions in the masked text
 *       of each paragraph, heading, block quote and transcript turn, with precompiled patterns
 *       and a few merge passes (ranges, parts of periods, approximations, "that same day and the
 *       next"); each becomes a {@link org.annalist.annotate.time.Candidate} holding a
 *       {@link org.annalist.annotate.time.TimeExpr}.</li>
 *   <li>{@link org.annalist.annotate.time.NarrativeClock} holds where the story stands (year,
 *       month, reference day) and moves with the main line, not with look backs.</li>
 *   <li>{@link org.annalist.annotate.time.TimexNormaliser} resolves an expression at that
 *       {@link org.annalist.annotate.time.Reference} into a TIMEX3 value, an interval, a
 *       granularity and an anchor ({@link org.annalist.annotate.time.Resolution}).</li>
 * </ol>
 * {@link org.annalist.annotate.time.TimexValue} writes and reads TIMEX3 values;
 * {@link org.annalist.annotate.time.TimexEvaluator} scores timexes TempEval-3 style, as the
 * referee does. {@link org.annalist.annotate.time.TimeConfig} carries the document date for
 * news. Everything here is thread-safe except the clock, which the stage makes per document.
 */
package org.annalist.annotate.time;
