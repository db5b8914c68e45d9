/**
 * Structure of plain text: {@link org.annalist.read.structure.PlainTextStructure#detect(String)}
 * returns paragraphs, headings, transcript turns, block quotes, note calls, notes and
 * set-aside regions (Project Gutenberg boilerplate, footnote blocks, notes sections and notes
 * after their paragraph) as {@link org.annalist.model.Structure}. The work is split into small
 * package-private steps:
 * <ul>
 * <li>layout: {@code GutenbergBoilerplate}, {@code Layout}, {@code ParagraphFinder},
 *     {@code HeadingFinder}, {@code LayoutHeadings}, {@code TranscriptTurnFinder},
 *     {@code BlockQuoteFinder};</li>
 * <li>note regions and labels: {@code NoteLabel}, {@code FootnoteBlockFinder},
 *     {@code NotesSectionFinder}, {@code InterleavedNoteFinder}, each giving
 *     {@code NoteGroup}s;</li>
 * <li>calls: {@code CallCandidates} (every shape, weighed), {@code NoteAligner} (labels
 *     with candidates), {@code NoteCallFinder} (windows, tentative groups, the book's call
 *     form), {@code NoteAlignment}, {@code CallKeeper} (what is kept, and the links) and
 *     {@code UnnotedCalls} (a document without notes).</li>
 * </ul>
 */
package org.annalist.read.structure;
