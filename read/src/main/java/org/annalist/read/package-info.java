/**
 * Readers: turn a source file into a {@link org.annalist.model.SourceDocument}, the text
 * every offset refers to plus its {@link org.annalist.model.Structure}.
 *
 * <p>{@link org.annalist.read.Readers} is the entry point: it picks one
 * {@link org.annalist.read.SourceReader} per format (txt, md, html/xhtml, epub, pdf, TEI
 * xml, TimeML tml) by extension and content signature, and reads files within
 * {@link org.annalist.read.ReadLimits}. {@link org.annalist.read.SourceFinder} expands
 * command-line inputs into source files. Bad input is refused with a checked
 * {@link org.annalist.read.ReadException} whose one-line message names the file; nothing is
 * printed.
 *
 * <p>Offsets: for .txt and .md the text is the file's own characters (line ends read as
 * LF), so {@code SourceText.verbatim()} is true unless CR line ends were rewritten; for the
 * other formats it is the extracted text. Markup declares structure; what it leaves unsaid
 * (transcript turns, plain-style note calls) comes from
 * {@link org.annalist.read.structure.PlainTextStructure}, and the markup wins where both
 * speak. TimeML ({@link org.annalist.read.TimeMl}) gives the characters of {@code TEXT} and
 * its creation time (DCT) as the document's date; its TIMEX3s are gold, for the eval module.
 * Every traversal of markup is iterative, so nesting depth cannot overflow the stack.
 */
package org.annalist.read;
