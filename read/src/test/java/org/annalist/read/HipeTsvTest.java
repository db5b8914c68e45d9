package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HIPE-2020 TSV format: text rebuilt from tokens, entity spans, one document per document_id. */
class HipeTsvTest {

    private static final String HEADER =
            "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC";

    private static String row(String token, String coarse, String link, String misc) {
        return String.join("\t", token, coarse, "O", "_", "_", "_", "_", link, "_", misc);
    }

    private static final String TSV = String.join("\n", HEADER,
            "# language = en",
            "# date = 1810-01-17",
            "# document_id = a-1",
            row("From", "O", "_", "_"),
            row("the", "O", "_", "_"),
            row("AMERICAN", "B-prod", "NIL", "_"),
            row("MERCURY", "I-prod", "NIL", "NoSpaceAfter|LED0.00"),
            row(".", "O", "_", "EndOfLine|PySBDSegment"),
            row("anti", "B-pers", "Q257855", "NoSpaceAfter"),
            row("-", "I-pers", "Q257855", "NoSpaceAfter"),
            row("federal", "I-pers", "Q257855", "_"),
            row("New", "B-loc", "Q60", "_"),
            row("York", "I-loc", "Q60", "_"),
            row("Boston", "B-loc", "_", "_"),
            "# language = en",
            "# document_id = a-2",
            row("#", "O", "_", "_"),
            row("1", "O", "_", "_"), "");

    @Test
    void textIsRebuiltFromTokensHonouringNoSpaceAfterAndEndOfLine() {
        List<HipeTsv.Document> docs = HipeTsv.parse(TSV);

        assertThat(docs).extracting(HipeTsv.Document::id).containsExactly("a-1", "a-2");
        assertThat(docs.get(0).text()).isEqualTo("From the AMERICAN MERCURY.\nanti-federal New York Boston");
        assertThat(docs.get(1).text()).isEqualTo("# 1");
        assertThat(docs.get(0).metadata()).containsEntry("date", "1810-01-17").containsEntry("document_id", "a-1");
    }

    @Test
    void entitiesSpanFromTheirBeginTokenToTheirLastInsideTokenWithTheirLink() {
        HipeTsv.Document doc = HipeTsv.parse(TSV).get(0);

        assertThat(doc.mentions()).containsExactly(
                new HipeTsv.Mention(Span.of(9, 25), "prod", "NIL"),
                new HipeTsv.Mention(Span.of(27, 39), "pers", "Q257855"),
                new HipeTsv.Mention(Span.of(40, 48), "loc", "Q60"),
                new HipeTsv.Mention(Span.of(49, 55), "loc", ""));
        assertThat(doc.text().substring(27, 39)).isEqualTo("anti-federal");
    }

    @Test
    void aHeaderWithoutTheCoarseColumnIsRefusedNamingIt() {
        assertThatThrownBy(() -> HipeTsv.parse("TOKEN\tMISC\n# document_id = x\nA\t_\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NE-COARSE-LIT");
        assertThat(HipeTsv.looksLikeHipe(HEADER + "\n")).isTrue();
        assertThat(HipeTsv.looksLikeHipe("a\tb\n")).isFalse();
    }

    @Test
    void readersReadEveryDocumentOfAHipeFileAndRefuseToPickOne(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("hipe.tsv");
        Files.writeString(tsv, TSV);
        Readers readers = Readers.standard();

        List<SourceDocument> docs = readers.readAll(tsv);

        assertThat(docs).extracting(d -> d.text().name()).containsExactly("a-1", "a-2");
        assertThat(docs.get(0).text().format()).isEqualTo(SourceFormat.HIPE);
        assertThat(docs.get(0).text().verbatim()).isFalse();
        assertThat(docs.get(1).text().text()).isEqualTo("# 1");
        assertThatThrownBy(() -> readers.read(tsv)).isInstanceOf(ReadException.class)
                .hasMessageContaining("2 documents");
    }

    @Test
    void readAllOfAnyOtherFileIsItsOneDocument(@TempDir Path dir) throws Exception {
        Path txt = dir.resolve("a.txt");
        Files.writeString(txt, "One line.\n");

        assertThat(Readers.standard().readAll(txt)).extracting(d -> d.text().text()).containsExactly("One line.\n");
    }

    @Test
    void aTsvFileThatIsNotHipeIsRefused(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("t.tsv");
        Files.writeString(tsv, "a\tb\n1\t2\n");

        assertThatThrownBy(() -> Readers.standard().readAll(tsv)).isInstanceOf(ReadException.class)
                .hasMessageContaining("HIPE header");
    }
}
