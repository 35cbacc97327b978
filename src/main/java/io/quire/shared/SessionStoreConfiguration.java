package io.quire.shared;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Sessions in the database (Spring Session JDBC), so that any instance serves any member.
 * <p>
 * Configured here rather than by Spring Boot: Boot's JDBC session configuration steps aside as soon as the
 * application defines a {@link SessionRepository}, and the session filter must use
 * {@link TouchLimitedSessionRepository}. The table comes from Flyway; expired sessions are deleted by
 * {@link ExpiredSessionCleanup} on one instance, so Spring Session's own timer is off.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(cleanupCron = Scheduled.CRON_DISABLED)
class SessionStoreConfiguration {

    /**
     * Spring Session JDBC adds a session attribute with a plain INSERT, so two requests of one session that set
     * the same new attribute at once (two forms posted together, each redirect storing its flash map) made the
     * second fail with a duplicate key and answer 500 — 5 % of the benchmark's comment posts. Spring Session's
     * MySQL customizer upserts instead ({@code ON DUPLICATE KEY UPDATE ATTRIBUTE_BYTES = VALUES(ATTRIBUTE_BYTES)}),
     * which MariaDB runs as it is and MySQL 8.4/9.x with a deprecation warning only.
     */
    @Bean
    MySqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new MySqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** How long a member stays logged in without a request: {@code spring.session.timeout}. */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${spring.session.timeout}") Duration timeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeout);
    }

    /**
     * The repository the session filter uses: the JDBC one, writing a member's access time at most once per
     * {@code quire.session.touch-interval} instead of on every request (see {@link TouchLimitedSessionRepository}).
     */
    @Bean
    @Primary
    SessionRepository<?> touchLimitedSessions(JdbcIndexedSessionRepository jdbc,
            @Value("${quire.session.touch-interval}") Duration interval) {
        return new TouchLimitedSessionRepository<>(jdbc, interval);
    }
}
