/**
 * Public gold sets read as annalist-gold/1 documents, so the referee scores against them
 * directly: LitBank's brat layers ({@link org.annalist.eval.corpora.LitBank}), CLEF-HIPE-2020
 * TSV ({@link org.annalist.eval.corpora.Hipe}), and {@link org.annalist.eval.corpora.GoldSets},
 * which tells them from a folder of annalist-gold/1 JSON.
 */
package org.annalist.eval.corpora;
