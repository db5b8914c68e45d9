package org.annalist.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option every store command takes. */
final class StoreOption {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "annalist.db",
            description = "The store: an SQLite file, or postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE "
                    + "(default: ${DEFAULT-VALUE}).")
    Path db;
}
