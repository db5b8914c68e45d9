package org.annalist.store.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void caseAccentsPunctuationArticlesAndPossessivesDoNotMatter() {
        """
                The Kremlin    | kremlin
                the  kremlin   | kremlin
                Gen. Lee       | gen lee
                Gen Lee        | gen lee
                Émile Zola     | emile zola
                Grant’s        | grant
                A. Lincoln     | a lincoln
                The            | the
                """.lines().forEach(row -> {
            String[] cells = row.split("\\|");
            assertThat(NameKey.of(cells[0].strip())).as(cells[0]).isEqualTo(cells[1].strip());
        });
    }

    @Property
    void aKeyIsItsOwnKey(@ForAll @StringLength(max = 30) String name) {
        String key = NameKey.of(name);
        assertThat(NameKey.of(key)).isEqualTo(key);
    }

    @Property
    void upperCaseLettersShareTheKeyOfLowerCase(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String name) {
        assertThat(NameKey.of(name.toUpperCase(Locale.ROOT))).isEqualTo(NameKey.of(name.toLowerCase(Locale.ROOT)));
    }
}
