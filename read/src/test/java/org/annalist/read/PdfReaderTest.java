package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.junit.jupiter.api.Test;

class PdfReaderTest {

    private final PdfReader reader = new PdfReader();

    @Test
    void textLayerIsReadPageByPageWithHyphensJoinedAndPageNumbersDropped() throws Exception {
        byte[] pdf = TestSources.pdf(List.of(
                List.of("The Lake Crisis", "", "", "On 31 July 1938 the guards saw an impor-",
                        "tant movement near the lake.", "", "", "1"),
                List.of("2", "The commander replied at once and", "sent two battalions.")));
        SourceDocument doc = reader.read("report.pdf", pdf);
        assertThat(doc.text().text()).isEqualTo("""
                The Lake Crisis

                On 31 July 1938 the guards saw an important movement near the lake.

                The commander replied at once and
                sent two battalions.""");
        assertThat(doc.text().format()).isEqualTo(SourceFormat.PDF);
        assertThat(doc.text().verbatim()).isFalse();
    }

    @Test
    void indentedFirstLinesStartParagraphs() throws Exception {
        byte[] pdf = TestSources.pdf(List.of(List.of(
                "    The envoy left Tokyo in May 1938 and travelled by the",
                "northern route to the capital, where he was received coldly.",
                "    A week later the guards reported movement near the lake,",
                "and the commander replied at once.")));
        assertThat(reader.read("p.pdf", pdf).text().text()).isEqualTo("""
                The envoy left Tokyo in May 1938 and travelled by the
                northern route to the capital, where he was received coldly.

                A week later the guards reported movement near the lake,
                and the commander replied at once.""");
    }

    @Test
    void pdfWithoutTextLayerIsRefused() {
        assertThatThrownBy(() -> reader.read("scan.pdf", TestSources.pdfWithoutText()))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.kind()).isEqualTo(ReadException.Kind.NO_TEXT))
                .hasMessage("scan.pdf: PDF has no text layer (scanned pages?)");
    }

    @Test
    void pagesOverTheLimitAreRefused() {
        byte[] pdf = TestSources.pdf(List.of(List.of("one"), List.of("two"), List.of("three")));
        assertThatThrownBy(() -> new PdfReader(ReadLimits.DEFAULT.withMaxPdfPages(2)).read("long.pdf", pdf))
                .hasMessage("long.pdf: PDF has 3 pages, over the 2-page limit");
    }

    @Test
    void garbageIsRefusedAsCorrupt() {
        assertThatThrownBy(() -> reader.read("bad.pdf", "%PDF-1.7 not really".getBytes()))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.kind()).isEqualTo(ReadException.Kind.CORRUPT))
                .hasMessageStartingWith("bad.pdf: not a readable PDF");
    }

    @Test
    void pageJoinKeepsARunningSentenceInOneParagraph() {
        assertThat(PdfReader.join(List.of("It was", "late in the year."))).isEqualTo("It was\nlate in the year.");
        assertThat(PdfReader.join(List.of("End.", "New page."))).isEqualTo("End.\n\nNew page.");
    }

    @Test
    void passwordProtectedPdfIsRefused() {
        byte[] pdf = TestSources.encrypted(TestSources.pdf(List.of(List.of("Secret."))), "user", true);
        assertThatThrownBy(() -> reader.read("locked.pdf", pdf))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.kind()).isEqualTo(ReadException.Kind.ENCRYPTED))
                .hasMessage("locked.pdf: PDF is encrypted (a password is needed)");
    }

    @Test
    void pdfForbiddingExtractionIsRefused() {
        byte[] pdf = TestSources.encrypted(TestSources.pdf(List.of(List.of("Secret."))), "", false);
        assertThatThrownBy(() -> reader.read("sealed.pdf", pdf))
                .hasMessage("sealed.pdf: PDF is encrypted and forbids text extraction");
    }

    @Test
    void encryptedPdfThatAllowsExtractionIsRead() throws Exception {
        byte[] pdf = TestSources.encrypted(TestSources.pdf(List.of(List.of("Open text."))), "", true);
        assertThat(reader.read("open.pdf", pdf).text().text()).isEqualTo("Open text.");
    }

    @Test
    void ligaturesAreSpelledOutAndSoftHyphensJoined() {
        assertThat(PdfReader.cleanPage("The \uFB01eld was sta\u00AD\nble.")).isEqualTo("The field was sta\u00AD\nble.");
        assertThat(PdfReader.join(List.of("The \uFB01eld was sta\u00AD\nble.".replace("\uFB01", "fi"))))
                .isEqualTo("The field was stable.");
    }

    @Test
    void textOfMostlyUnmappedGlyphsCountsAsUnreadable() {
        assertThat(PdfReader.unreadableShare("\uFFFD\uFFFD\uE001 ab")).isEqualTo(0.6);
        assertThat(PdfReader.unreadableShare("Plain text.")).isZero();
    }
}
