/**
 * Quotations: who said or wrote which words, and which words the author holds at a distance.
 *
 * <p>{@link org.annalist.annotate.quote.QuoteStage} writes the
 * {@link org.annalist.model.layer.Quotes} layer from three parts: the
 * {@link org.annalist.annotate.quote.QuoteFinder} (quote marks, nesting, apostrophes,
 * paragraphs), the {@link org.annalist.annotate.quote.QuoteClassifier} (speech, scare quote,
 * title) and the {@link org.annalist.annotate.quote.SpeakerAttributor} (speaker and addressee as
 * entities of the {@link org.annalist.model.layer.Entities} layer, by the
 * {@link org.annalist.annotate.quote.ReportingVerbs} lexicon).
 */
package org.annalist.annotate.quote;
