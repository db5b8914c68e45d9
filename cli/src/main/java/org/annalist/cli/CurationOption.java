package org.annalist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.store.resolve.Curation;
import picocli.CommandLine.Option;

/** The {@code --curation} option of the commands that merge entities (ingest, load). */
final class CurationOption {

    static final String CURATION_FILE = "curation.txt";

    @Option(names = "--curation", paramLabel = "FILE",
            description = "Entity curation (merge A = B, rename A -> Name, type A PERSON, split A); default: "
                    + CURATION_FILE + " beside the store, when present.")
    Path file;

    /** {@return the curation to apply to the store {@code db}}: the file given, else the one beside the store */
    Curation read(Path db) throws IOException {
        Path chosen = file;
        if (chosen == null) {
            Path beside = db.toAbsolutePath().normalize().resolveSibling(CURATION_FILE);
            if (!Files.isRegularFile(beside)) return Curation.NONE;
            chosen = beside;
        } else if (!Files.isRegularFile(chosen)) {
            throw new IllegalArgumentException("curation file " + chosen + " does not exist");
        }
        return Curation.read(chosen);
    }
}
