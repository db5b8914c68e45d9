package org.annalist.store;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A store that cannot be opened, read or written, with a one-line message naming the file
 * and what to do. Thrown only after the store was left as it was (a failed write is rolled
 * back first).
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    // SQLite primary result codes (https://sqlite.org/rescode.html)
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@return a one-line explanation of {@code e}, met while {@code doing} on {@code file}} */
    public static StoreException of(SQLException e, Path file, String doing) {
        int code = e.getErrorCode() & 0xff;
        String what = switch (code) {
            case SQLITE_BUSY, SQLITE_LOCKED -> file + " is locked by another process; try again when it has finished";
            case SQLITE_READONLY -> file + " is read-only; nothing was written";
            case SQLITE_CORRUPT, SQLITE_NOTADB -> file + " is not an annalist store (not an SQLite database, or corrupt);"
                    + " nothing was changed";
            case SQLITE_CANTOPEN -> "cannot open " + file + " (folder missing or not writable?)";
            case SQLITE_FULL -> "disk full while " + doing + " " + file + "; the last document was rolled back";
            case SQLITE_IOERR -> "input/output error while " + doing + " " + file + ": " + firstLine(e);
            default -> "store " + file + ": " + doing + " failed: " + firstLine(e);
        };
        return new StoreException(what, e);
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
    }
}
