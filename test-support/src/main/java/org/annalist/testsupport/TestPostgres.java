package org.annalist.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh PostgreSQL databases for store tests, on the server {@code -Dannalist.postgres=HOST:PORT:USER:PASSWORD}
 * names (default {@code localhost:5432:postgres:annalist}, the one {@code .ci/run} starts). Without a
 * server the test is skipped, except under CI, where the server is part of the run and its absence fails.
 * The databases are dropped when the JVM ends.
 */
public final class TestPostgres {

    private static final String[] SERVER = System.getProperty("annalist.postgres", "localhost:5432:postgres:annalist")
            .split(":", 4);
    private static final List<String> CREATED = new ArrayList<>();
    private static String unavailable;

    private TestPostgres() {
    }

    /** {@return the store URL of a new, empty database}; skips the test (fails it under CI) when no server answers */
    public static synchronized Path newDatabase(String purpose) {
        String name = "annalist_" + purpose + "_" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
        if (unavailable == null) {
            try (Connection admin = admin(); Statement st = admin.createStatement()) {
                st.execute("CREATE DATABASE " + name);
                if (CREATED.isEmpty()) Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropAll));
                CREATED.add(name);
                return Path.of("postgresql://" + SERVER[2] + ":" + SERVER[3] + "@" + SERVER[0] + ":" + SERVER[1] + "/" + name);
            } catch (SQLException e) {
                unavailable = "no PostgreSQL server at " + SERVER[0] + ":" + SERVER[1] + ": " + e.getMessage();
            }
        }
        // CI starts the server: there an unreachable one is a failure, not a skip
        if (System.getenv("CI") != null) throw new IllegalStateException(unavailable);
        Assumptions.assumeTrue(false, unavailable);
        throw new IllegalStateException(unavailable);
    }

    /** {@return the password of the server, which no message should show} */
    public static String password() {
        return SERVER[3];
    }

    private static synchronized void dropAll() {
        try (Connection admin = admin(); Statement st = admin.createStatement()) {
            for (String name : CREATED) st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop the test databases " + CREATED + ": " + e.getMessage());
        }
    }

    private static Connection admin() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", SERVER[2]);
        p.setProperty("password", SERVER[3]);
        p.setProperty("connectTimeout", "3");
        return DriverManager.getConnection("jdbc:postgresql://" + SERVER[0] + ":" + SERVER[1] + "/postgres", p);
    }
}
