package io.quire.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * One account per role for trying Quire out. Only in the dev profile, and only when demo data is on: the
 * production profile refuses to start with these accounts present (see {@code ProductionSafetyCheck}).
 */
@Component
@Profile("dev")
@ConditionalOnProperty(name = "quire.demo.enabled", havingValue = "true")
@Order(10)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-password-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final MemberService members;
    private final MemberRepository repository;

    DemoAccounts(MemberService members, MemberRepository repository) {
        this.members = members;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        create("admin", "admin@quire.example", Role.ADMIN);
        create("moderator", "moderator@quire.example", Role.MODERATOR);
        create("member", "member@quire.example", Role.MEMBER);
        create("ada", "ada@quire.example", Role.MEMBER);
        create("linus", "linus@quire.example", Role.MEMBER);
        create("grace", "grace@quire.example", Role.MEMBER);
        log.info("""

                Demo accounts (dev profile only), password for each: {}
                  admin      ADMIN
                  moderator  MODERATOR
                  member     MEMBER   (also: ada, linus, grace)
                """, PASSWORD);
    }

    private void create(String username, String email, Role role) {
        if (repository.existsByUsername(username)) {
            return;
        }
        try {
            members.createMember(username, email, PASSWORD, role);
        }
        catch (DataIntegrityViolationException createdMeanwhile) {
            // Several instances starting together on an empty database all seed; the unique key lets one win.
            log.debug("Demo account {} was created by another instance", username);
        }
    }
}
