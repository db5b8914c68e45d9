package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PostgresTest {

    @Test
    void aPostgresUrlIsToldFromAFileAndNamedWithoutItsPassword() {
        Path url = Path.of("postgresql://annalist:s3cret@db.example:6543/chronicle");

        assertThat(Postgres.isUrl(url)).isTrue();
        assertThat(Postgres.isUrl(Path.of("chronicle.db"))).isFalse();
        assertThat(Store.describe(url)).isEqualTo("postgresql://annalist@db.example:6543/chronicle");
        assertThat(Store.describe(Path.of("some/chronicle.db"))).isEqualTo("some/chronicle.db");
    }

    @Test
    void aUrlWithoutADatabaseIsRefusedWithoutShowingThePassword() {
        assertThatThrownBy(() -> Store.open(Path.of("postgresql://annalist:s3cret@db.example")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE")
                .hasMessageContaining("db.example")
                .hasMessageNotContaining("s3cret");
    }
}
