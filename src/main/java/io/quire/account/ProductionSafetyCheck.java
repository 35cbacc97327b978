package io.quire.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Stops a production start that still has development defaults: the built-in remember-me key, demo data
 * switched on, or a demo account that can log in with the published demo password.
 */
@Component
@Profile("prod")
@Order(0)
class ProductionSafetyCheck implements ApplicationRunner {

    private final String rememberMeKey;
    private final boolean demoEnabled;
    private final MemberRepository members;

    ProductionSafetyCheck(@Value("${quire.remember-me-key}") String rememberMeKey,
            @Value("${quire.demo.enabled}") boolean demoEnabled, MemberRepository members) {
        this.rememberMeKey = rememberMeKey;
        this.demoEnabled = demoEnabled;
        this.members = members;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rememberMeKey.startsWith("dev-only") || rememberMeKey.length() < 32) {
            throw new IllegalStateException("Set QUIRE_REMEMBER_ME_KEY to a random secret of at least 32 characters");
        }
        if (demoEnabled) {
            throw new IllegalStateException("quire.demo.enabled must be false in production");
        }
        for (String demo : new String[] {"admin", "moderator", "member"}) {
            members.findByUsername(demo).filter(m -> m.getEmail().endsWith("@quire.example")).ifPresent(m -> {
                throw new IllegalStateException("Demo account '" + demo + "' exists; remove it before running in production");
            });
        }
    }
}
