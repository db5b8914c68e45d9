package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.annalist.model.CallStyle;
import org.annalist.model.Heading;
import org.annalist.model.NoteCall;
import org.annalist.model.Region;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    static final String CHAPTER = """
            <!DOCTYPE html>
            <html><head><title>Ignored title</title><style>p { color: red }</style>
            <script>alert("script text")</script></head>
            <body>
            <nav><a href="/">Home</a> | <a href="/toc">Contents</a></nav>
            <h1>The   Lake  Crisis</h1>
            <p>On 31 July 1938 the guards reported movement near the lake.<sup><a href="#fn1" id="ref1">1</a></sup>
               The commander replied at once.</p>
            <blockquote><p>Hold the heights at any cost.</p></blockquote>
            <h2>Aftermath</h2>
            <p>MARSHAL: We will not yield a single inch.</p>
            <p>Losses were reported<sup>*</sup> in the 19<sup>th</sup> division of 10<sup>3</sup> men &amp; more.<br>
            A second line.</p>
            <img src="x.png" onerror="alert('attribute text')" alt="ALT TEXT">
            <section class="footnotes"><ol><li id="fn1">Report of the district staff, 1 August 1938. <a href="#ref1">↩</a></li></ol></section>
            </body></html>
            """;

    private final HtmlReader reader = new HtmlReader();

    private SourceDocument read(String html) throws ReadException {
        return reader.read("chapter.html", html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void extractsBlocksAsParagraphsAndDropsScriptsStylesNavigationAndAttributes() throws Exception {
        SourceDocument doc = read(CHAPTER);
        assertThat(doc.text().text()).isEqualTo("""
                The Lake Crisis

                On 31 July 1938 the guards reported movement near the lake.1 The commander replied at once.

                Hold the heights at any cost.

                Aftermath

                MARSHAL: We will not yield a single inch.

                Losses were reported* in the 19th division of 103 men & more.
                A second line.

                Report of the district staff, 1 August 1938. ↩""");
        assertThat(doc.text().format()).isEqualTo(SourceFormat.HTML);
        assertThat(doc.text().verbatim()).isFalse();
        assertThat(doc.text().text()).doesNotContain("script text", "attribute text", "ALT TEXT", "Home", "Ignored");
    }

    @Test
    void headingsCarryTheirLevelAndCollapsedText() throws Exception {
        SourceDocument doc = read(CHAPTER);
        assertThat(doc.structure().headings()).extracting(Heading::text, Heading::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("The Lake Crisis", 1),
                        org.assertj.core.groups.Tuple.tuple("Aftermath", 2));
        assertThat(covered(doc, doc.structure().headings().get(0).span())).isEqualTo("The Lake Crisis");
    }

    @Test
    void blockquoteBecomesABlockQuote() throws Exception {
        SourceDocument doc = read(CHAPTER);
        assertThat(doc.structure().blockQuotes()).hasSize(1);
        assertThat(covered(doc, doc.structure().blockQuotes().get(0).span())).isEqualTo("Hold the heights at any cost.");
    }

    @Test
    void superscriptLinkIsACallLinkedToTheNoteItPointsTo() throws Exception {
        SourceDocument doc = read(CHAPTER);
        NoteCall call = superscripts(doc).get(0);
        assertThat(covered(doc, call.span())).isEqualTo("1");
        assertThat(doc.text().text().substring(call.span().start() - 5, call.span().end())).isEqualTo("lake.1");
        assertThat(call.style()).isEqualTo(CallStyle.SUPERSCRIPT);
        assertThat(call.noteId()).contains("fn1");
        var note = doc.structure().notes().get(0);
        assertThat(note.id()).isEqualTo("fn1");
        assertThat(note.marker()).isEqualTo("1");
        assertThat(covered(doc, note.span())).isEqualTo("Report of the district staff, 1 August 1938. ↩");
        assertThat(covered(doc, note.body())).isEqualTo("Report of the district staff, 1 August 1938.");
        assertThat(doc.structure().setAside()).contains(new Region(note.span(), Region.Kind.NOTES));
    }

    @Test
    void unlinkedSymbolIsACallButOrdinalsAndExponentsAreNot() throws Exception {
        SourceDocument doc = read(CHAPTER);
        assertThat(superscripts(doc)).extracting(NoteCall::marker).containsExactly("1", "*");
        NoteCall star = superscripts(doc).get(1);
        assertThat(star.noteId()).isEqualTo(Optional.empty());
        assertThat(covered(doc, star.span())).isEqualTo("*");
    }

    @Test
    void wikipediaStyleBracketedReferenceWithBacklinkIsCalledAndLinked() throws Exception {
        SourceDocument doc = read("""
                <p>The treaty was signed.<sup class="reference"><a href="#cite_note-4">[4]</a></sup></p>
                <ol class="references"><li id="cite_note-4"><span><a href="#cite_ref-4">^</a></span>
                Smith, <i>Treaties</i>, p. 12.</li></ol>""");
        NoteCall call = superscripts(doc).get(0);
        assertThat(covered(doc, call.span())).isEqualTo("[4]");
        assertThat(call.marker()).isEqualTo("4");
        assertThat(call.noteId()).contains("cite_note-4");
        assertThat(covered(doc, doc.structure().notes().get(0).body())).isEqualTo("Smith, Treaties, p. 12.");
    }

    @Test
    void preformattedTextKeepsItsLineBreaks() throws Exception {
        SourceDocument doc = read("<pre>line one\n  line two</pre><p>after</p>");
        assertThat(doc.text().text()).isEqualTo("line one\n  line two\n\nafter");
    }

    @Test
    void charsetComesFromTheMetaElement() throws Exception {
        byte[] latin1 = "<meta charset=\"iso-8859-1\"><p>Caf\u00e9 cr\u00e8me</p>".getBytes(StandardCharsets.ISO_8859_1);
        SourceDocument doc = reader.read("cafe.html", latin1);
        assertThat(doc.text().text()).isEqualTo("Caf\u00e9 cr\u00e8me");
        assertThat(doc.text().encoding()).isEqualTo("ISO-8859-1");
    }

    @Test
    void undeclaredNonUtf8BytesAreReadAsWindows1252() throws Exception {
        byte[] bytes = "<p>“Caf\u00e9” — 50 €</p>".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        SourceDocument doc = reader.read("old.htm", bytes);
        assertThat(doc.text().text()).isEqualTo("“Caf\u00e9” — 50 €");
        assertThat(doc.text().encoding()).isEqualTo("windows-1252");
    }

    @Test
    void pageWithoutBodyTextIsRefusedAsEmpty() {
        assertThatThrownBy(() -> read("<html><head><script>x()</script></head><body> </body></html>"))
                .isInstanceOf(ReadException.class)
                .hasMessage("chapter.html: HTML has no text in its body");
    }

    @Test
    void deeplyNestedSuperscriptsAreReadAsOneCall() throws Exception {
        int depth = 50_000;
        SourceDocument doc = read("<p>x" + "<sup>".repeat(depth) + "1" + "</sup>".repeat(depth) + "</p>");
        assertThat(doc.text().text()).isEqualTo("x1");
        assertThat(superscripts(doc)).extracting(NoteCall::marker).containsExactly("1");
    }

    @Test
    void deeplyNestedDivsAreReadWithoutOverflowingTheStack() throws Exception {
        int depth = 100_000;
        String html = "<div>".repeat(depth) + "deep text" + "</div>".repeat(depth);
        SourceDocument doc = read(html);
        assertThat(doc.text().text()).isEqualTo("deep text");
    }

    @Test
    void gutenbergBracketedAnchorIsACallAndTheNotesBackLinkIsNot() throws Exception {
        SourceDocument doc = read("""
                <p>The army crossed the river.<a name="FNanchor_1_1" id="FNanchor_1_1"></a><a href="#Footnote_1_1"
                   class="fnanchor">[1]</a> It rained.</p>
                <div class="footnote"><p><a name="Footnote_1_1" id="Footnote_1_1"></a><a href="#FNanchor_1_1"><span
                   class="label">[1]</span></a> Tacitus, Annals, i. 61.</p></div>""");
        assertThat(doc.text().text()).isEqualTo("The army crossed the river.[1] It rained.\n\n[1] Tacitus, Annals, i. 61.");
        assertThat(doc.structure().noteCalls()).hasSize(1);
        NoteCall call = doc.structure().noteCalls().get(0);
        assertThat(covered(doc, call.span())).isEqualTo("[1]");
        assertThat(call.style()).isEqualTo(CallStyle.BRACKETED);
        assertThat(call.noteId()).contains("Footnote_1_1");
        assertThat(doc.structure().notes()).hasSize(1);
        assertThat(covered(doc, doc.structure().notes().get(0).span())).isEqualTo("[1] Tacitus, Annals, i. 61.");
        assertThat(covered(doc, doc.structure().notes().get(0).body())).isEqualTo("Tacitus, Annals, i. 61.");
    }

    @Test
    void gutenbergNumberLinkIsACallOfTheNoteAfterItsEmptyAnchorButAPageLinkIsNot() throws Exception {
        SourceDocument doc = read("""
                <p>How this Vespasian, with the elder of his sons <a href="#linknote-4" name="linknoteref-4"
                   id="linknoteref-4">4</a> made an expedition. See page <a href="#page_12">12</a>.</p>
                <p><a name="page_12" id="page_12"></a>Into the country of Judea the army marched.</p>
                <p><a name="linknote-4" id="linknote-4"><!-- Note --></a></p>
                <p class="foot">4 (<a href="#linknoteref-4">return</a>)<br /> [ Titus.]</p>""");
        assertThat(doc.structure().noteCalls()).hasSize(1);
        NoteCall call = doc.structure().noteCalls().get(0);
        assertThat(covered(doc, call.span())).isEqualTo("4");
        assertThat(doc.text().text().substring(call.span().start() - 5, call.span().end() + 5)).isEqualTo("sons 4 made");
        assertThat(call.noteId()).contains("linknote-4");
        assertThat(doc.structure().notes()).hasSize(1);
        assertThat(covered(doc, doc.structure().notes().get(0).body())).isEqualTo("Titus.");
    }

    @Test
    void preformattedCarriageReturnsAreReadAsLineFeeds() throws Exception {
        SourceDocument doc = read("<pre>one\r\ntwo\rthree</pre>");
        assertThat(doc.text().text()).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void pandocFootnotesLinkTheirSuperscriptCalls() throws Exception {
        SourceDocument doc = read("""
                <p>Signed in Paris.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p>
                <section id="footnotes" class="footnotes" role="doc-endnotes"><hr><ol>
                <li id="fn1"><p>Archives nationales.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
                </ol></section>""");
        assertThat(superscripts(doc)).extracting(NoteCall::marker, c -> c.noteId().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "fn1"));
        assertThat(covered(doc, doc.structure().notes().get(0).body())).isEqualTo("Archives nationales.");
    }

    @Test
    void footnoteAsideWithoutACallIsStillANote() throws Exception {
        SourceDocument doc = read("""
                <p>Text.</p><aside epub:type="footnote" id="n9"><p>9. An orphan note.</p></aside>""");
        assertThat(doc.structure().notes()).extracting(n -> n.id(), n -> n.marker())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("n9", "9"));
        assertThat(covered(doc, doc.structure().notes().get(0).body())).isEqualTo("An orphan note.");
    }

    @Test
    void superscriptLabelAtTheStartOfANoteIsNotACall() throws Exception {
        SourceDocument doc = read("""
                <p>Merged since 2024.<sup class="footnote-reference"><a href="#footnote-1">1</a></sup></p>
                <div class="footnote-definition" id="footnote-1"><sup class="footnote-definition-label">1</sup>
                <p>Per crate, not per test.</p></div>""");
        assertThat(superscripts(doc)).extracting(NoteCall::marker).containsExactly("1");
        assertThat(doc.structure().notes()).hasSize(1);
        assertThat(covered(doc, doc.structure().notes().get(0).body())).isEqualTo("Per crate, not per test.");
    }

    @Test
    void superscriptLinkToASectionIsACallWithoutANote() throws Exception {
        SourceDocument doc = read("""
                <p>See the second part.<sup><a href="#part2">2</a></sup></p>
                <section id="part2"><h2>Part two</h2><p>The campaign of 1812.</p></section>""");
        assertThat(doc.structure().notes()).isEmpty();
        assertThat(doc.structure().setAside()).noneMatch(r -> r.span().coveredText(doc.text()).contains("1812"));
        assertThat(superscripts(doc)).extracting(NoteCall::noteId).containsExactly(Optional.empty());
    }

    @Property
    void escapedTextInAParagraphReadsBackWithCollapsedWhitespace(
            @ForAll @StringLength(max = 200) @CharRange(from = ' ', to = '~') @CharRange(from = '\u00a1', to = '\u024f')
            @Chars({'\n', '\t', '<', '>', '&', '"'}) String s) throws Exception {
        String expected = s.replaceAll("[ \\t\\n]+", " ").strip();
        net.jqwik.api.Assume.that(!expected.isEmpty());
        String html = "<p>" + org.jsoup.nodes.Entities.escape(s) + "</p>";
        assertThat(read(html).text().text()).isEqualTo(expected);
    }

    /** the calls the markup declares; PlainTextStructure may add plain-style ones */
    static java.util.List<NoteCall> superscripts(SourceDocument doc) {
        return doc.structure().noteCalls().stream().filter(c -> c.style() == CallStyle.SUPERSCRIPT).toList();
    }

    static String covered(SourceDocument doc, Span span) {
        return span.coveredText(doc.text());
    }

    static SourceText text(SourceDocument doc) {
        return doc.text();
    }
}
