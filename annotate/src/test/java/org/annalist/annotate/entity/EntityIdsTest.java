package org.annalist.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityIdsTest {

    @Test
    void idsKeepLettersAndDigitsOnly() {
        assertThat(EntityIds.idOf("Mr. Smith")).isEqualTo("mr_smith");
        assertThat(EntityIds.idOf("Ézé O’Neil")).isEqualTo("eze_o_neil");
        assertThat(EntityIds.idOf("...")).isEqualTo("entity");
    }

    @Test
    void aRepeatedNameGetsANumberedId() {
        EntityIds ids = new EntityIds();
        assertThat(ids.next("Anna Marsh")).isEqualTo("anna_marsh");
        assertThat(ids.next("Anna Marsh")).isEqualTo("anna_marsh_2");
        assertThat(ids.next("anna marsh")).isEqualTo("anna_marsh_3");
    }
}
