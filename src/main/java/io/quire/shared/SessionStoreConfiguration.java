package io.quire.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Spring Session JDBC adds a session attribute with a plain INSERT, so two requests of one session that set the
 * same new attribute at once (two forms posted together, each redirect storing its flash map) made the second
 * fail with a duplicate key and answer 500 — 5 % of the benchmark's comment posts. Spring Session's MySQL
 * customizer upserts instead ({@code ON DUPLICATE KEY UPDATE ATTRIBUTE_BYTES = VALUES(ATTRIBUTE_BYTES)}), which
 * MariaDB runs as it is and MySQL 8.4/9.x with a deprecation warning only.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    MySqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new MySqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
