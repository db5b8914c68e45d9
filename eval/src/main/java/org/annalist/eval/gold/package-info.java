/**
 * The annalist-gold/1 shape ({@code shared/gold/FORMAT.md}) as records:
 * {@link org.annalist.eval.gold.GoldDocument} and its items, read and written by
 * {@link org.annalist.eval.gold.GoldJson}, and made from annotated text by
 * {@link org.annalist.eval.gold.GoldDocuments}.
 */
package org.annalist.eval.gold;
