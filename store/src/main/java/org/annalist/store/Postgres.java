package org.annalist.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;

/**
 * A store in PostgreSQL, named by a URL in place of a file:
 * {@code postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE}. The same tables as the SQLite
 * store ({@code schema-1.sql} in PostgreSQL's dialect), through plain JDBC.
 */
final class Postgres {

    static final String SCHEME = "postgresql:";

    private Postgres() {
    }

    /** {@return true when {@code location} names a PostgreSQL database, not a file} */
    static boolean isUrl(Path location) {
        return location.toString().toLowerCase(Locale.ROOT).startsWith(SCHEME);
    }

    /** {@return the URL without its password, for messages} */
    static Path label(Path location) {
        URI u = uri(location);
        String user = u.getUserInfo() == null ? "" : u.getUserInfo().split(":", 2)[0] + "@";
        return Path.of("postgresql://" + user + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()) + u.getPath());
    }

    static Connection connect(Path location) {
        URI u = uri(location);
        Properties props = new Properties();
        if (u.getUserInfo() != null) {
            String[] up = u.getUserInfo().split(":", 2);
            props.setProperty("user", up[0]);
            if (up.length == 2) props.setProperty("password", up[1]);
        }
        String jdbc = "jdbc:postgresql://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()) + u.getPath()
                + (u.getQuery() == null ? "" : "?" + u.getQuery());
        try {
            return DriverManager.getConnection(jdbc, props);
        } catch (SQLException e) {
            throw StoreException.of(e, label(location), "connecting to");
        }
    }

    /** {@return the schema version of the database, 0 when it has no tables}; refuses a foreign one */
    static int version(Connection c, Path label) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables "
                    + "WHERE table_schema = current_schema()")) {
                if (rs.next() && rs.getInt(1) == 0) return 0;
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables "
                    + "WHERE table_schema = current_schema() AND table_name = 'schema_version'")) {
                if (rs.next() && rs.getInt(1) == 0) {
                    throw new StoreException(label + " is a PostgreSQL database but not an annalist store "
                            + "(no schema_version table); nothing was changed");
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static URI uri(Path location) {
        // a Path folds "//" to "/": rebuild the URL from what follows the scheme
        String rest = location.toString().substring(SCHEME.length()).replaceFirst("^/+", "");
        try {
            URI u = new URI("postgresql://" + rest);
            if (u.getHost() == null || u.getPath() == null || u.getPath().length() < 2) {
                throw new StoreException("want postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE; got " + SCHEME + "//"
                        + rest.replaceFirst(":[^@/]*@", ":***@"));
            }
            return u;
        } catch (URISyntaxException e) {
            throw new StoreException("not a PostgreSQL URL: " + SCHEME + "//" + rest.replaceFirst(":[^@/]*@", ":***@"), e);
        }
    }
}
