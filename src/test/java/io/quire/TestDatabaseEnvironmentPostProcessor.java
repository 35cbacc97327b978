package io.quire;

import java.io.File;
import java.util.Map;

import io.quire.shared.EmbeddedMariaDb;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test run a database of its own: on the server named by {@code QUIRE_TEST_DB_URL} (for example
 * {@code jdbc:mariadb://127.0.0.1:3306} or {@code jdbc:mysql://127.0.0.1:3307}) when set, else on an
 * embedded MariaDB. The database is created once per JVM and dropped when the JVM exits, so runs never see
 * each other's data.
 */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    private static TestDatabase database;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        TestDatabase db = database();
        environment.getPropertySources().addFirst(new MapPropertySource("quireTestDatabase", Map.of(
                "spring.datasource.url", db.url(),
                "spring.datasource.username", db.user(),
                "spring.datasource.password", db.password())));
    }

    /** The database of this test run, created on first use. */
    public static synchronized TestDatabase database() {
        if (database == null) {
            database = create();
        }
        return database;
    }

    private static TestDatabase create() {
        String server = System.getenv("QUIRE_TEST_DB_URL");
        String user = envOr("QUIRE_TEST_DB_USERNAME", "root");
        String password = envOr("QUIRE_TEST_DB_PASSWORD", "");
        String query = "";
        if (server == null || server.isBlank()) {
            server = EmbeddedMariaDb.start(new File("target/test-mariadb/data").getAbsoluteFile());
        }
        else if (server.contains("?")) {
            query = server.substring(server.indexOf('?'));
            server = server.substring(0, server.indexOf('?'));
        }
        server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        String name = "quire_test_" + System.currentTimeMillis() + "_" + ProcessHandle.current().pid();
        String adminUrl = server + "/" + query;
        EmbeddedMariaDb.createDatabase(adminUrl, user, password, name);
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> EmbeddedMariaDb.dropDatabase(adminUrl, user, password, name)));
        return new TestDatabase(server + "/" + name + query, user, password, name);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 15;
    }

    /** Where the tests' database lives. */
    public record TestDatabase(String url, String user, String password, String name) {
    }
}
