package io.quire.shared;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several instances share one database, and each runs the same {@code @Scheduled} methods. A method that must
 * run once per cluster, not once per instance, adds {@code @SchedulerLock(name = ...)}: the instance that
 * claims the row of that name in {@code shedlock} runs it, the others skip that round. Lock times come
 * from the database clock, so instances with drifting clocks still agree. A crashed holder's lock expires
 * after {@code lockAtMostFor} (ten minutes unless the method says otherwise).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLockConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
