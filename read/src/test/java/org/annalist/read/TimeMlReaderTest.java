package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class TimeMlReaderTest {

    /** A TempEval-3 style file: DCT outside TEXT, events and an entity inside it. */
    static final String TML = """
            <?xml version="1.0" ?>
            <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">

            <DOCID>NYT19981120.0362</DOCID>

            <DCT><TIMEX3 tid="t0" type="TIME" value="1998-11-20T19:30" temporalFunction="false" \
            functionInDocument="CREATION_TIME">1998-11-20 19:30</TIMEX3></DCT>

            <TITLE>BOARD &amp; STAFF MEET</TITLE>

            <TEXT>
            The board <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" \
            value="1998-11-19" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">yesterday</TIMEX3> \
            at AT&amp;T &lt;NYSE&gt;.

            It will meet <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> from now.
            </TEXT>

            </TimeML>
            """;

    static final String TEXT = "\nThe board met yesterday at AT&T <NYSE>.\n\nIt will meet two weeks from now.\n";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theTextIsTextsCharactersWithTagsRemovedAndEntitiesDecoded() throws ReadException {
        SourceDocument doc = new TimeMlReader().read("news.tml", bytes(TML));

        assertThat(doc.text().text()).isEqualTo(TEXT);
        assertThat(doc.text().format()).isEqualTo(SourceFormat.TIMEML);
        assertThat(doc.text().verbatim()).isFalse();
        assertThat(doc.structure().paragraphs()).extracting(Paragraph::span)
                .containsExactly(Span.of(1, 40), Span.of(42, 74));
    }

    @Test
    void theCreationTimeIsTheDocumentsDate() throws ReadException {
        SourceDocument doc = new TimeMlReader().read("news.tml", bytes(TML));

        assertThat(doc.documentDate()).contains(LocalDate.of(1998, 11, 20));
    }

    @Test
    void timexOffsetsPointIntoTheExtractedText() throws ReadException {
        TimeMlContent c = TimeMl.parse("news.tml", bytes(TML));

        assertThat(c.docId()).contains("NYT19981120.0362");
        assertThat(c.timexes()).containsExactly(
                new TimeMlTimex("t1", Span.of(15, 24), "yesterday", "DATE", "1998-11-19", Optional.of("t0"), "NONE"),
                new TimeMlTimex("t2", Span.of(55, 64), "two weeks", "DURATION", "P2W", Optional.empty(), ""));
        assertThat(TEXT.substring(15, 24)).isEqualTo("yesterday");
        assertThat(c.creationTime()).contains(new TimeMlCreationTime("t0", "TIME", "1998-11-20T19:30", "1998-11-20 19:30"));
    }

    @Test
    void aCreationTimeMarkedOnlyByItsFunctionIsFoundAndAYearOnlyOneGivesNoDate() throws ReadException {
        String tml = """
                <?xml version="1.0"?><TimeML><TIMEX3 tid="t9" type="DATE" value="1998" \
                functionInDocument="CREATION_TIME">1998</TIMEX3><TEXT>Words.</TEXT></TimeML>""";

        TimeMlContent c = TimeMl.parse("a.tml", bytes(tml));

        assertThat(c.creationTime()).map(TimeMlCreationTime::tid).contains("t9");
        assertThat(c.creationTime().flatMap(TimeMlCreationTime::date)).isEmpty();
        assertThat(new TimeMlReader().read("a.tml", bytes(tml)).documentDate()).isEmpty();
    }

    @Test
    void externalEntitiesAreRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE TimeML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <TimeML><TEXT>&xxe;</TEXT></TimeML>""";

        assertThatThrownBy(() -> new TimeMlReader().read("news.tml", bytes(xxe)))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.kind()).isEqualTo(ReadException.Kind.UNSAFE))
                .hasMessageStartingWith("news.tml: XML with a DOCTYPE declaration is refused");
    }

    @Test
    void anotherRootOrNoTextIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> TimeMl.parse("x.tml", bytes("<?xml version=\"1.0\"?><TEI><text/></TEI>")))
                .hasMessage("x.tml: not a TimeML document (root element <TEI>, expected <TimeML>)");
        assertThatThrownBy(() -> TimeMl.parse("x.tml", bytes("<TimeML><DOCID>a</DOCID></TimeML>")))
                .hasMessage("x.tml: TimeML document has no <TEXT> element");
        assertThatThrownBy(() -> TimeMl.parse("x.tml", bytes("<TimeML><TEXT>a <b</TEXT></TimeML>")))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.kind()).isEqualTo(ReadException.Kind.CORRUPT));
    }

    @Test
    void readersChooseTimeMlForTmlFilesAndForTimeMlSavedAsXml() throws ReadException {
        assertThat(Readers.formatOf("wsj_0006.tml")).contains(SourceFormat.TIMEML);
        assertThat(Readers.detect("news.xml", bytes(TML))).isEqualTo(SourceFormat.TIMEML);
        assertThat(Readers.detect("news", bytes(TML))).isEqualTo(SourceFormat.TIMEML);
        assertThat(Readers.standard().read("news.tml", bytes(TML)).documentDate()).contains(LocalDate.of(1998, 11, 20));
    }
}
