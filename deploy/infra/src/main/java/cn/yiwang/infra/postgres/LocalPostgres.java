package cn.yiwang.infra.postgres;

import cn.yiwang.infra.net.Loopback;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server (the binaries come from a Maven jar) bound to 127.0.0.1.
 *
 * <p>Each service owns its database and its login, as in production, so a service can never read
 * another one's tables by accident. With a persistent data directory a second start reuses the
 * data; without one the server is scratch (tests). The server runs with fsync off: development
 * and tests only.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** A scratch server on a free port whose data is deleted on close. */
    public static LocalPostgres startTemporary() {
        return startTemporary(true);
    }

    /**
     * A scratch server; {@code stopAtJvmExit} false leaves stopping to the caller, who may need
     * to order it after other shutdown work (test JVMs close Spring contexts first).
     */
    public static LocalPostgres startTemporary(boolean stopAtJvmExit) {
        return start(null, 0, stopAtJvmExit);
    }

    /**
     * Starts a server. {@code dataDirectory} null means a scratch directory; {@code port} 0 means
     * a free port.
     */
    public static LocalPostgres start(Path dataDirectory, int port) {
        return start(dataDirectory, port, true);
    }

    private static LocalPostgres start(Path dataDirectory, int port, boolean stopAtJvmExit) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port == 0 ? Loopback.freePort() : port)
                    .setServerConfig("listen_addresses", Loopback.HOST)
                    .setServerConfig("max_connections", "300")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .setRegisterShutdownHook(stopAtJvmExit);
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return new LocalPostgres(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + Loopback.HOST + ":" + port() + "/" + database;
    }

    /**
     * Creates the login and its database if they are missing (idempotent, so a restart with the
     * same data directory keeps everything), and keeps the password in step with the caller.
     */
    public void ensureDatabase(String database, String user, String password) {
        requireIdentifier(database);
        requireIdentifier(user);
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            String quotedPassword = "'" + password.replace("'", "''") + "'";
            if (!exists(c, "select 1 from pg_roles where rolname = ?", user)) {
                s.execute("create role " + user + " login password " + quotedPassword);
            } else {
                s.execute("alter role " + user + " login password " + quotedPassword);
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", database)) {
                s.execute("create database " + database + " owner " + user + " encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    /** Creates a fresh database owned by the superuser (tests: one per application context). */
    public void createDatabase(String database) {
        requireIdentifier(database);
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    public String superuser() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void requireIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain lower-case SQL identifier: " + name);
        }
    }
}
