package org.annalist.read;

import java.util.Objects;

/**
 * A source file that cannot be read. The message is one line naming the file and the
 * reason, e.g. {@code grant.pdf: PDF has no text layer (scanned pages?)}; {@link #kind()}
 * says which kind of failure it is, for callers and tests that branch on it.
 */
public final class ReadException extends Exception {

    /** Why a file was refused. */
    public enum Kind {
        /** the file does not exist */
        NOT_FOUND,
        /** the file exists but cannot be opened, or is a directory */
        UNREADABLE,
        /** no reader handles this extension or content */
        UNSUPPORTED,
        /** over a {@link ReadLimits} size, entry, ratio or page limit */
        TOO_LARGE,
        /** empty or whitespace only, or no text in the markup */
        EMPTY,
        /** binary data where text was expected */
        BINARY,
        /** truncated or corrupt container or markup */
        CORRUPT,
        /** refused for safety: DOCTYPE, external entities, entity expansion */
        UNSAFE,
        /** encrypted or extraction forbidden */
        ENCRYPTED,
        /** a PDF without a text layer */
        NO_TEXT
    }

    private final String fileName;
    private final Kind kind;
    private final String reason;

    public ReadException(String fileName, Kind kind, String reason) {
        this(fileName, kind, reason, null);
    }

    public ReadException(String fileName, Kind kind, String reason, Throwable cause) {
        super(Objects.requireNonNull(fileName, "fileName") + ": " + oneLine(Objects.requireNonNull(reason, "reason")),
                cause);
        this.fileName = fileName;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reason = oneLine(reason);
    }

    /** {@return what went wrong in {@code e}, on one line}: its message, else its type */
    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : oneLine(m);
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** {@return the name of the file that was refused} */
    public String fileName() {
        return fileName;
    }

    /** {@return the kind of failure} */
    public Kind kind() {
        return kind;
    }

    /** {@return the reason, without the file name} */
    public String reason() {
        return reason;
    }
}
