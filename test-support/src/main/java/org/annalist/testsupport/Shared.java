package org.annalist.testsupport;

import java.nio.file.Path;

/** The shared corpus and gold beside the checkout ({@code ../shared}; the build passes {@code -Dannalist.shared}). */
public final class Shared {

    private Shared() {
    }

    /** {@return {@code relative} under the shared folder} */
    public static Path path(String relative) {
        return Path.of(System.getProperty("annalist.shared", "../shared")).resolve(relative);
    }

    /** {@return the seed chapters' folder} */
    public static Path seeds() {
        return path("corpus/seeds");
    }
}
