package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import org.annalist.model.CallStyle;
import org.annalist.model.Heading;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;
import org.annalist.model.Region;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.model.TranscriptTurn;
import org.junit.jupiter.api.Test;

class TeiReaderTest {

    static final String TEI = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader><fileDesc><titleStmt><title>Header title, kept out</title></titleStmt></fileDesc></teiHeader>
              <text>
                <body>
                  <div type="chapter">
                    <head>The Lake   Crisis</head>
                    <p>On 31 July 1938 the guards reported movement.<note n="12" xml:id="fn12">District report,
                       1 August 1938.</note> The commander replied.</p>
                    <quote><p>Hold the heights at any cost.</p></quote>
                    <p>He called it a <quote>temporary measure</quote><note>Compare the <choice><abbr>MS</abbr><expan>manuscript</expan></choice>.</note>.</p>
                    <div><head>The conference</head>
                      <sp who="#marshal"><speaker>MARSHAL</speaker><p>We will not yield.</p></sp>
                    </div>
                  </div>
                </body>
              </text>
            </TEI>""";

    private final TeiReader reader = new TeiReader();

    private SourceDocument read(String xml) throws ReadException {
        return reader.read("chapter.xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bodyTextIsReadWithNotesMovedToASectionAtTheEnd() throws Exception {
        SourceDocument doc = read(TEI);
        assertThat(doc.text().text()).isEqualTo("""
                The Lake Crisis

                On 31 July 1938 the guards reported movement.12 The commander replied.

                Hold the heights at any cost.

                He called it a temporary measure2.

                The conference

                MARSHAL: We will not yield.

                12. District report, 1 August 1938.

                2. Compare the manuscript.""");
        assertThat(doc.text().format()).isEqualTo(SourceFormat.TEI);
        assertThat(doc.text().verbatim()).isFalse();
    }

    @Test
    void headsAreHeadingsLevelledByTheirDivisions() throws Exception {
        assertThat(read(TEI).structure().headings()).extracting(Heading::text, Heading::level)
                .containsExactly(tuple("The Lake Crisis", 1), tuple("The conference", 2));
    }

    @Test
    void blockQuoteIsABlockQuoteButAnInlineQuoteIsNot() throws Exception {
        SourceDocument doc = read(TEI);
        assertThat(doc.structure().blockQuotes()).hasSize(1);
        assertThat(doc.structure().blockQuotes().get(0).span().coveredText(doc.text()))
                .isEqualTo("Hold the heights at any cost.");
    }

    @Test
    void speechWithASpeakerIsATranscriptTurn() throws Exception {
        SourceDocument doc = read(TEI);
        TranscriptTurn turn = doc.structure().turns().get(0);
        assertThat(turn.span().coveredText(doc.text())).isEqualTo("MARSHAL: We will not yield.");
        assertThat(turn.label().coveredText(doc.text())).isEqualTo("MARSHAL");
        assertThat(turn.speaker()).isEqualTo("Marshal");
    }

    @Test
    void notesLeaveACallMarkerLinkedToTheirTextInTheNotesSection() throws Exception {
        SourceDocument doc = read(TEI);
        assertThat(markup(doc)).extracting(NoteCall::marker, NoteCall::style, c -> c.noteId().orElseThrow())
                .containsExactly(tuple("12", CallStyle.MARKUP, "fn12"), tuple("2", CallStyle.MARKUP, "n2"));
        assertThat(markup(doc)).allSatisfy(
                c -> assertThat(c.span().coveredText(doc.text())).isEqualTo(c.marker()));
        assertThat(doc.structure().notes()).extracting(Note::id, n -> n.body().coveredText(doc.text()))
                .containsExactly(tuple("fn12", "District report, 1 August 1938."), tuple("n2", "Compare the manuscript."));
        Note last = doc.structure().notes().get(1);
        assertThat(doc.structure().setAside()).contains(new Region(
                org.annalist.model.Span.of(doc.structure().notes().get(0).span().start(), last.span().end()),
                Region.Kind.NOTES));
    }

    @Test
    void externalEntityIsRefusedNotFetched() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&xxe;</p></body></text></TEI>""";
        assertThatThrownBy(() -> read(xxe))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.kind()).isEqualTo(ReadException.Kind.UNSAFE))
                .hasMessage("chapter.xml: XML with a DOCTYPE declaration is refused "
                        + "(no DTDs, external entities or entity expansion)");
    }

    @Test
    void xmlWithAnotherRootIsNotTei() {
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?><rss><channel/></rss>"))
                .hasMessage("chapter.xml: not a TEI document (root element <rss>, expected <TEI>)");
    }

    @Test
    void malformedXmlIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> read("<TEI><text><body><p>open</body></text></TEI>"))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.kind()).isEqualTo(ReadException.Kind.CORRUPT))
                .hasMessageStartingWith("chapter.xml: malformed XML at line 1, column ");
    }

    @Test
    void deeplyNestedElementsAreReadIteratively() throws Exception {
        int depth = 20_000;
        String xml = "<TEI><text><body>" + "<div>".repeat(depth) + "<p>deep</p>" + "</div>".repeat(depth)
                + "</body></text></TEI>";
        assertThat(read(xml).text().text()).isEqualTo("deep");
    }

    @Test
    void refPointingAtANoteInTheBackIsItsCall() throws Exception {
        SourceDocument doc = read("""
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><text>
                  <body><p>The fleet sailed.<ref target="#en1">1</ref> It re<lb break="no"/>turned.<ptr target="#en2"/></p></body>
                  <back><div type="notes"><note xml:id="en1" n="1">Log book.</note><note xml:id="en2">Diary.</note></div></back>
                </text></TEI>""");
        assertThat(doc.text().text()).isEqualTo("The fleet sailed.1 It returned.2\n\n1. Log book.\n\n2. Diary.");
        assertThat(markup(doc))
                .extracting(c -> c.span().coveredText(doc.text()), NoteCall::marker, c -> c.noteId().orElseThrow())
                .containsExactly(tuple("1", "1", "en1"), tuple("2", "2", "en2"));
        assertThat(doc.structure().notes()).extracting(Note::id, n -> n.body().coveredText(doc.text()))
                .containsExactly(tuple("en1", "Log book."), tuple("en2", "Diary."));
    }

    @Test
    void noteInsideANoteIsMovedOutInItsTurn() throws Exception {
        SourceDocument doc = read("""
                <TEI><text><body><p>Text.<note>Outer<note>inner</note> note.</note></p></body></text></TEI>""");
        assertThat(doc.text().text()).isEqualTo("Text.1\n\n1. Outer2 note.\n\n2. inner");
        assertThat(markup(doc)).extracting(NoteCall::marker).containsExactly("1", "2");
        assertThat(doc.structure().notes()).extracting(n -> n.body().coveredText(doc.text()))
                .containsExactly("Outer2 note.", "inner");
    }

    private static java.util.List<NoteCall> markup(SourceDocument doc) {
        return doc.structure().noteCalls().stream().filter(c -> c.style() == CallStyle.MARKUP).toList();
    }

    @Test
    void speakerNamesInCapitalsBecomeNames() {
        assertThat(TeiReader.speakerName("MARSHAL BLÜCHER:")).isEqualTo("Marshal Blücher");
        assertThat(TeiReader.speakerName("Mr. Smith")).isEqualTo("Mr. Smith");
    }
}
