package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annalist.store.query.MessageRow;
import org.annalist.store.query.SourceRef;
import org.annalist.store.query.Party;
import org.annalist.testsupport.SeedStores;
import org.annalist.testsupport.SeedStores.Backend;
import org.junit.jupiter.api.Test;

/** The TEI and CMIF exports validated by Jing against the RELAX NG subsets of TEI P5 in the test resources. */
class TeiSchemaTest {

    static final String TEI_RNC = "tei/tei-annalist.rnc";
    static final String CMIF_RNC = "tei/cmif.rnc";

    @Test
    void eachSeedDocumentsTeiIsValidAgainstTheTeiSubset() throws Exception {
        Path db = SeedStores.seeds(Backend.SQLITE);
        List<TeiSource> docs = SeedStores.read(SeedStores.seeds(Backend.SQLITE), Exporter::teiSources);
        assertThat(docs).hasSize(2);
        for (TeiSource d : docs) {
            String xml = Tei.render(d).xml();
            assertThat(Schemas.rngErrors(TEI_RNC, xml)).as(d.name()).isEmpty();
        }
    }

    @Test
    void theSeedCmifIsValidAgainstTheCmifSchemaAndTheTeiSubset() throws Exception {
        Path db = SeedStores.seeds(Backend.SQLITE);
        String xml = Exporter.export(db, ExportFormat.CMIF).get(0).content();
        assertThat(Schemas.rngErrors(CMIF_RNC, xml)).isEmpty();
        assertThat(Schemas.rngErrors(TEI_RNC, xml)).isEmpty();
    }

    @Test
    void aHeadingAfterParagraphsOpensADivisionAndTheTurnsAndNotesStayValid() throws Exception {
        String text = "Intro text.\nPart One\nQ: Did Smith go?\nA: In May 1938.1\nPart Two\nLast words.\n1 A note.";
        int part1 = text.indexOf("Part One");
        int q = text.indexOf("Q:");
        int a = text.indexOf("A:");
        int part2 = text.indexOf("Part Two");
        int last = text.indexOf("Last");
        int note = text.indexOf("\n1 ") + 1;
        int may = text.indexOf("May 1938");
        int call = text.indexOf(".1") + 1;
        int smith = text.indexOf("Smith");
        TeiSource d = new TeiSource("doc", "/doc", text,
                List.of(new TeiSource.Block(0, part1 - 1, false, 0), new TeiSource.Block(part1, q - 1, true, 1),
                        new TeiSource.Block(q, a - 1, false, 0), new TeiSource.Block(a, part2 - 1, false, 0),
                        new TeiSource.Block(part2, last - 1, true, 2), new TeiSource.Block(last, note - 1, false, 0),
                        new TeiSource.Block(note, text.length(), false, 0)),
                List.of(new TeiSource.Turn(q, a - 1, q, q + 1, "Q"), new TeiSource.Turn(a, part2 - 1, a, a + 1, "A")),
                List.of(new TeiSource.EntityRef("k1", "Smith", "PERSON")),
                List.of(new TeiSource.MentionSpan(smith, smith + 5, "k1", "NAME")),
                List.of(new TeiSource.TimexSpan(may, may + 8, "1938-05", Optional.empty(), Optional.empty())),
                List.of(),
                List.of(new TeiSource.CallSpan(call, call + 1, "1", Optional.of("n1"))),
                List.of(new TeiSource.NoteBody("n1", "1", note, text.length(), "A note.")));

        String xml = Tei.render(d).xml();

        assertThat(Schemas.rngErrors(TEI_RNC, xml)).isEmpty();
        assertThat(xml).contains("<p>Intro text.</p><div><head n=\"1\">Part One</head><sp>")
                .contains("<div><head n=\"2\">Part Two</head><p>Last words.</p></div></div>");
    }

    @Test
    void aQuotationInsideAMentionOrADateIsLeftOutAsCrossingSinceTeiAllowsNoSaidThere() throws Exception {
        String text = "The man who shouted \"go\" left in the week he wrote \"stay\".";
        int man = text.indexOf("The man");
        int go = text.indexOf("\"go\"");
        int week = text.indexOf("the week");
        int stay = text.indexOf("\"stay\"");
        TeiSource d = new TeiSource("doc", "/doc", text, List.of(new TeiSource.Block(0, text.length(), false, 0)),
                List.of(), List.of(new TeiSource.EntityRef("k1", "man", "PERSON")),
                List.of(new TeiSource.MentionSpan(man, go + 4, "k1", "NOMINAL")),
                List.of(new TeiSource.TimexSpan(week, stay + 6, "1938-W20", Optional.empty(), Optional.empty())),
                List.of(new TeiSource.QuoteSpan(go, go + 4, Optional.of("k1")),
                        new TeiSource.QuoteSpan(stay, stay + 6, Optional.empty())),
                List.of(), List.of());

        Tei.Rendered r = Tei.render(d);

        assertThat(Schemas.rngErrors(TEI_RNC, r.xml())).isEmpty();
        assertThat(r.placed()).isEqualTo(2);
        assertThat(r.crossing()).isEqualTo(2);
        assertThat(r.xml()).doesNotContain("<said").contains("<rs type=\"nominal\"");
    }

    @Test
    void aDateWhoseWhenIsNotAW3cDateIsRejected() throws Exception {
        String xml = minimalTei("<p>In <date when=\"June 1938\">June 1938</date>.</p>");
        assertThat(Schemas.rngErrors(TEI_RNC, minimalTei("<p>In <date when=\"1938-06\">June 1938</date>.</p>"))).isEmpty();
        assertThat(Schemas.rngErrors(TEI_RNC, xml)).singleElement().asString().contains("when");
    }

    @Test
    void aHeadAfterAParagraphANameOutsideAParagraphOrSaidInsideANameOrDateIsRejectedAsTeiRejectsThem() throws Exception {
        assertThat(Schemas.rngErrors(TEI_RNC, minimalTei("<p>a</p><head>b</head>"))).isNotEmpty();
        assertThat(Schemas.rngErrors(TEI_RNC, minimalTei("<persName>a</persName>"))).isNotEmpty();
        assertThat(Schemas.rngErrors(TEI_RNC, minimalTei("<p><date when=\"1938\"><said>a</said></date></p>"))).isNotEmpty();
        assertThat(Schemas.rngErrors(TEI_RNC, minimalTei("<p><persName ref=\"#x\"><said who=\"#x\">a</said></persName></p>")))
                .isNotEmpty();
        assertThat(Schemas.rngErrors(TEI_RNC, minimalTei("<p><said who=\"#x\"><persName ref=\"#x\">a</persName></said></p>")))
                .isEmpty();
    }

    @Test
    void cmifRejectsAnActionOfAnotherTypeAPartyWithoutRefAndAnEmptyAction() throws Exception {
        Party a = new Party("1:e1", "Smith", "PERSON");
        Party b = new Party("1:e2", "The Board", "ORG");
        MessageRow row = new MessageRow(new SourceRef(1, "A", 0, 9), "", Optional.of("letter"),
                Optional.of("1938-08-22"), List.of(a), List.of(b), "", Optional.empty());
        String xml = Cmif.render("R", "2026-01-01", List.of(row));
        assertThat(Schemas.rngErrors(CMIF_RNC, xml)).isEmpty();

        assertThat(Schemas.rngErrors(CMIF_RNC, xml.replace("type=\"received\"", "type=\"copied\""))).isNotEmpty();
        assertThat(Schemas.rngErrors(CMIF_RNC, xml.replaceFirst(" ref=\"[^\"]*\"", ""))).isNotEmpty();
        assertThat(Schemas.rngErrors(CMIF_RNC, xml.replaceFirst("<correspAction type=\"received\">.*?</correspAction>",
                "<correspAction type=\"received\"></correspAction>"))).isNotEmpty();
        assertThat(Schemas.rngErrors(CMIF_RNC, xml.replace("when=\"1938-08-22\"", "when=\"22 August 1938\""))).isNotEmpty();
    }

    @Test
    void aCommunicationWithNoRecipientsOrNoSendersNamesThemUnknownAsCmifAsks() throws Exception {
        Party a = new Party("1:e1", "Smith", "PERSON");
        MessageRow noRecipients = new MessageRow(new SourceRef(1, "A", 0, 9), "", Optional.empty(),
                Optional.empty(), List.of(a), List.of(), "", Optional.empty());
        MessageRow noSenders = new MessageRow(new SourceRef(1, "A", 10, 19), "", Optional.empty(),
                Optional.empty(), List.of(), List.of(a), "", Optional.empty());
        String xml = Cmif.render("R", "2026-01-01", List.of(noRecipients, noSenders));
        assertThat(Schemas.rngErrors(CMIF_RNC, xml)).isEmpty();
        assertThat(xml).contains("<correspAction type=\"received\"><persName>Unknown</persName></correspAction>")
                .contains("<correspAction type=\"sent\"><persName>Unknown</persName></correspAction>");
        assertThat(Schemas.rngErrors(TEI_RNC, xml)).isEmpty();
    }

    private static String minimalTei(String body) {
        return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>"
                + "<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>"
                + "<text><body>" + body + "</body></text></TEI>";
    }
}
