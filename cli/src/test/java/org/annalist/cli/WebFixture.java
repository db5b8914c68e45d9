package org.annalist.cli;

import java.nio.file.Path;
import org.annalist.testsupport.SeedStores;
import org.annalist.testsupport.SeedStores.Backend;
import org.annalist.testsupport.Shared;
import org.annalist.web.Library;

/**
 * The stores of the web tests, one per backend and test JVM: the seed chapters and a hostile source
 * (markup and script in its text and in its endnote), from the shared test fixtures.
 */
final class WebFixture {

    static final Path SEEDS = Shared.seeds();
    static final String SCRIPT = SeedStores.SCRIPT;
    static final String IMG = SeedStores.IMG;
    static final String NOTE_SCRIPT = SeedStores.NOTE_SCRIPT;

    private WebFixture() {
    }

    /** {@return the store on {@code backend}, built on first use} */
    static Path store(Backend backend) {
        return SeedStores.withHostile(backend);
    }

    static Library library(Backend backend) {
        return Library.open(store(backend));
    }
}
