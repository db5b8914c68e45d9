package org.annalist.store.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.annalist.model.layer.EntityType;
import org.junit.jupiter.api.Test;

class CurationTest {

    @Test
    void everyInstructionIsReadWithItsLineAndCommentsAreIgnored() {
        Curation c = Curation.parse("""
                # people
                merge Ulysses S. Grant = General Grant
                rename Lee -> Robert E. Lee   # full name

                type Vicksburg gpe
                split Johnston
                """, "curation.txt");

        assertThat(c.ops()).containsExactly(
                new CurationOp.Merge(2, "Ulysses S. Grant", "General Grant"),
                new CurationOp.Rename(3, "Lee", "Robert E. Lee"),
                new CurationOp.Retype(5, "Vicksburg", EntityType.GPE),
                new CurationOp.Split(6, "Johnston"));
    }

    @Test
    void aLineThatIsNoInstructionFailsNamingFileAndLine() {
        """
                merge Grant
                join A = B
                rename A => B
                """.lines().forEach(line -> assertThatThrownBy(() -> Curation.parse("\n" + line, "c.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("c.txt:2: cannot read"));
    }

    @Test
    void anUnknownTypeFailsListingTheTypes() {
        assertThatThrownBy(() -> Curation.parse("type Grant GENERAL", "c.txt"))
                .hasMessageContaining("c.txt:1: unknown type 'GENERAL'").hasMessageContaining("PERSON");
    }
}
