package org.annalist.cli;

import org.annalist.testsupport.SeedStores.Backend;

/** The web API on a PostgreSQL store of the same sources: every answer of {@link ServeCommandTest} holds there too. */
class ServeCommandPostgresTest extends ServeCommandTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
