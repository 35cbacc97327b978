package io.quire.shared;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions in the database (Spring Session JDBC), so that any instance serves any member.
 * <p>
 * Built here rather than by Spring Boot, for two reasons. The session filter must use
 * {@link TouchLimitedSessionRepository}, and Boot's JDBC session configuration steps aside as soon as the
 * application defines a {@link SessionRepository}. And Boot runs every session statement in a transaction of the
 * JPA transaction manager: a Hibernate session plus {@code set autocommit=0}, {@code COMMIT} and
 * {@code set autocommit=1}, four round trips to read one session row. Here the statements run in autocommit,
 * joining a transaction only if one is already open ({@code PROPAGATION_SUPPORTS}, with a JDBC transaction
 * manager private to this repository so the application's own stays the only one). A save is then not atomic: if
 * the database fails between its statements, the session keeps part of one request's changes, which at worst
 * loses a flash message or asks the member to log in again. The table comes from Flyway; expired sessions are
 * deleted by {@link ExpiredSessionCleanup} on one instance, so Spring Session's own timer is off.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionStoreConfiguration implements BeanClassLoaderAware {

    /** The name of the JDBC store's bean. */
    static final String JDBC_STORE = "jdbcSessionRepository";

    /** Room for the security contexts of a few thousand members (about 1 KB each): {@link RememberedSecurityContexts}. */
    private static final long REMEMBERED_CONTEXT_BYTES = 4L * 1024 * 1024;

    private ClassLoader classLoader;

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /**
     * The JDBC store itself, injected only where asked for by name: wherever a session repository is wanted by
     * type (the session filter), it must be {@link #touchLimitedSessions}.
     */
    @Bean(defaultCandidate = false)
    JdbcIndexedSessionRepository jdbcSessionRepository(DataSource dataSource,
            @Value("${spring.session.timeout}") Duration timeout,
            ObjectProvider<SessionRepositoryCustomizer<JdbcIndexedSessionRepository>> customizers) {
        TransactionTemplate autocommit = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        autocommit.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
        JdbcIndexedSessionRepository repository = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
                autocommit);
        repository.setDefaultMaxInactiveInterval(timeout);
        repository.setCleanupCron(Scheduled.CRON_DISABLED);
        // Attributes are read with the application's class loader (the executable jar's), not the JDK's.
        GenericConversionService conversion = new GenericConversionService();
        conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversion.addConverter(byte[].class, Object.class,
                new RememberedSecurityContexts(new DeserializingConverter(classLoader), REMEMBERED_CONTEXT_BYTES));
        repository.setConversionService(conversion);
        customizers.orderedStream().forEach(customizer -> customizer.customize(repository));
        return repository;
    }

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

    /**
     * The repository the session filter uses: the JDBC one, writing a member's access time at most once per
     * {@code quire.session.touch-interval} instead of on every request, and answering a member's reads from memory
     * for up to {@code quire.session.kept-for} (see {@link TouchLimitedSessionRepository}).
     */
    @Bean
    SessionRepository<?> touchLimitedSessions(@Qualifier(JDBC_STORE) JdbcIndexedSessionRepository jdbc,
            @Value("${quire.session.touch-interval}") Duration interval,
            @Value("${quire.session.kept-for}") Duration keptFor) {
        return new TouchLimitedSessionRepository<>(jdbc, interval, keptFor);
    }
}
