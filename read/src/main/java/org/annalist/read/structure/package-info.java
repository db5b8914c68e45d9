/**
 * Structure of plain text: {@link org.annalist.read.structure.PlainTextStructure#detect(String)}
 * returns paragraphs, headings, transcript turns, block quotes, note calls, notes and
 * set-aside regions (Project Gutenberg boilerplate, footnote blocks, notes sections) as
 * {@link org.annalist.model.Structure}. The work is split into small package-private
 * finders: {@code GutenbergBoilerplate}, {@code FootnoteBlockFinder}, {@code Layout},
 * {@code ParagraphFinder}, {@code NotesSectionFinder}, {@code HeadingFinder},
 * {@code TranscriptTurnFinder}, {@code BlockQuoteFinder}, {@code CallCandidates},
 * {@code NoteCallFinder} and {@code NoteLinker}.
 */
package org.annalist.read.structure;
