package org.annalist.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LitBankCorefTest {

    @Test
    void chainsGatherTheirMentionsAndUnchainedMentionsStandAlone(@TempDir Path dir) throws Exception {
        Path ann = dir.resolve("x_brat.ann");
        Files.writeString(ann, String.join("\n",
                "T1\tPROP_PER 0 4\tHale",
                "T2\tPRON_PER 10 12\the",
                "T3\tNOM_FAC 20 30\tthe street",
                "T4\tPROP_PER 40 44\tDunn",
                "T5\tHale-1 0 4\tHale",
                "T6\tHale-1 10 12\the",
                "R1\tcop Arg1:T1 Arg2:T4", ""));

        List<CorefScore.GoldEntity> people = LitBankCoref.read(ann, (kind, category) -> category.equals("PER"));

        assertThat(people).extracting(CorefScore.GoldEntity::id).containsExactly("Hale-1", "single@40-44");
        assertThat(people.get(0).mentions()).containsExactly(Span.of(0, 4), Span.of(10, 12));
        assertThat(LitBankCoref.read(ann, (kind, category) -> kind.equals("PROP"))).hasSize(2);
    }
}
