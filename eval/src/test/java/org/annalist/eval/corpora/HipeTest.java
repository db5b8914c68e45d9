package org.annalist.eval.corpora;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldEntity;
import org.annalist.eval.gold.GoldMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HIPE-2020 TSV as gold, on a small file in HIPE's own format. */
class HipeTest {

    static final String TSV = String.join("\n",
            "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC",
            "# language = en",
            "# date = 1790-03-03",
            "# document_id = doc-1",
            "General\tB-pers\tO\t_\t_\t_\t_\tQ23\t_\t_",
            "Washington\tI-pers\tO\t_\t_\t_\t_\tQ23\t_\t_",
            "left\tO\tO\t_\t_\t_\t_\t_\t_\t_",
            "Boston\tB-loc\tO\t_\t_\t_\t_\tQ100\t_\tNoSpaceAfter",
            ".\tO\tO\t_\t_\t_\t_\t_\t_\tEndOfLine",
            "Washington\tB-pers\tO\t_\t_\t_\t_\tQ23\t_\t_",
            "and\tO\tO\t_\t_\t_\t_\t_\t_\t_",
            "Smith\tB-pers\tO\t_\t_\t_\t_\tNIL\t_\t_",
            "read\tO\tO\t_\t_\t_\t_\t_\t_\t_",
            "the\tO\tO\t_\t_\t_\t_\t_\t_\t_",
            "Gazette\tB-prod\tO\t_\t_\t_\t_\tNIL\t_\tNoSpaceAfter",
            ".\tO\tO\t_\t_\t_\t_\t_\t_\t_",
            "# language = en",
            "# document_id = doc-2",
            "#\tO\tO\t_\t_\t_\t_\t_\t_\t_",
            "Paris\tB-loc\tO\t_\t_\t_\t_\t_\t_\t_", "");

    @Test
    void mentionsLinkedToOneWikidataIdAreOneEntityAndNilStandsAlone(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("x.tsv");
        Files.writeString(tsv, TSV);

        Map<String, GoldDocument> docs = GoldSets.load(tsv);

        assertThat(GoldSets.kindOf(tsv)).isEqualTo(GoldSets.Kind.HIPE);
        assertThat(docs).containsOnlyKeys("doc-1", "doc-2");
        GoldDocument one = docs.get("doc-1");
        assertThat(one.text()).isEqualTo("General Washington left Boston.\nWashington and Smith read the Gazette.");
        assertThat(one.documentDate()).isEqualTo("1790-03-03");
        assertThat(one.entities()).extracting(GoldEntity::id).containsExactly("Q23", "Q100", "nil@47-52");
        assertThat(one.entities().get(0).mentions()).containsExactly(new GoldMention(0, 18, "General Washington"),
                new GoldMention(32, 42, "Washington"));
        assertThat(one.entities()).extracting(GoldEntity::type).containsExactly("PERSON", "LOC", "PERSON");
        assertThat(docs.get("doc-2").text()).isEqualTo("# Paris");
        assertThat(docs.get("doc-2").entities()).extracting(GoldEntity::id).containsExactly("nil@2-7");
    }

    @Test
    void aFolderOfHipeFilesWithoutJsonIsHipe(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.tsv"), TSV);

        assertThat(GoldSets.kindOf(dir)).isEqualTo(GoldSets.Kind.HIPE);
        assertThat(GoldSets.load(dir)).containsOnlyKeys("doc-1", "doc-2");
    }
}
