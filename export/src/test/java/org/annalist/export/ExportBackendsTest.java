package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.annalist.testsupport.SeedStores;
import org.annalist.testsupport.SeedStores.Backend;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every format exports the same files from a PostgreSQL store as from an SQLite store of the same
 * sources: the exporters read only through the Chronicle, whose answers do not depend on the
 * database. (The format tests validate the SQLite files; equal files validate alike.)
 */
class ExportBackendsTest {

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aPostgresStoreExportsTheSameFilesAsAnSqliteStore(ExportFormat format) {
        Path lite = SeedStores.seeds(Backend.SQLITE);
        Path pg = SeedStores.seeds(Backend.POSTGRES);

        List<ExportFile> fromLite = SeedStores.read(lite, c -> Exporter.export(c, "seeds", format));
        List<ExportFile> fromPg = SeedStores.read(pg, c -> Exporter.export(c, "seeds", format));

        assertThat(fromPg).extracting(ExportFile::name).isEqualTo(fromLite.stream().map(ExportFile::name).toList());
        for (int i = 0; i < fromLite.size(); i++) {
            assertThat(fromPg.get(i).content()).as(fromLite.get(i).name()).isEqualTo(fromLite.get(i).content());
        }
        assertThat(fromLite.get(0).content()).hasSizeGreaterThan(500);
    }
}
