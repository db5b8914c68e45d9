package org.annalist.eval.gold;

import java.io.IOException;
import java.nio.file.Path;

/** A file that is not an annalist-gold/1 object: bad JSON, or a required offset missing. */
public final class GoldFormatException extends IOException {
    public GoldFormatException(Path file, Throwable cause) {
        super("not an annalist-gold/1 file: " + file + ": " + cause.getMessage(), cause);
    }
}
