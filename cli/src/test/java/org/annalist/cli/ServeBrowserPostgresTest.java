package org.annalist.cli;

import org.annalist.testsupport.SeedStores.Backend;

/** The web reader in a real headless Chromium over a PostgreSQL store: every journey of {@link ServeBrowserTest}. */
class ServeBrowserPostgresTest extends ServeBrowserTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
