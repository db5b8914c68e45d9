package org.annalist.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class EntityIdsPropertiesTest {

    @Property
    void anIdIsNeverEmptyAndHoldsOnlyLowerCaseLettersDigitsAndInnerUnderscores(@ForAll String name) {
        String id = EntityIds.idOf(name);
        assertThat(id).isNotEmpty().doesNotStartWith("_").doesNotEndWith("_");
        assertThat(id).matches("[\\p{L}\\p{N}_]+").isEqualTo(id.toLowerCase(Locale.ROOT));
    }

    @Property
    void idsHandedOutForOneDocumentAreUnique(@ForAll @Size(max = 30) List<String> names) {
        EntityIds ids = new EntityIds();
        Set<String> seen = new HashSet<>();
        for (String n : names) assertThat(seen.add(ids.next(n))).isTrue();
    }
}
