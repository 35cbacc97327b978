package io.quire;

import java.util.concurrent.atomic.AtomicInteger;

import io.quire.account.MemberService;
import io.quire.account.Role;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Creates members with unique names, so tests sharing one database never collide. */
@Component
public class TestMembers {

    public static final String PASSWORD = "correct-horse-battery";

    private static final AtomicInteger sequence = new AtomicInteger();

    private final MemberService members;
    private final UserDetailsService userDetails;

    public TestMembers(MemberService members, UserDetailsService userDetails) {
        this.members = members;
        this.userDetails = userDetails;
    }

    /** Makes a MockMvc request as this member, with the real principal the application uses. */
    public RequestPostProcessor as(Created member) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(member.username()));
    }

    public Created create(Role role) {
        String username = role.name().toLowerCase() + sequence.incrementAndGet() + "x" + System.nanoTime() % 100000;
        long id = members.createMember(username, username + "@test.example", PASSWORD, role);
        return new Created(id, username);
    }

    public Created member() {
        return create(Role.MEMBER);
    }

    public Created moderator() {
        return create(Role.MODERATOR);
    }

    public Created admin() {
        return create(Role.ADMIN);
    }

    /** A member created for a test. */
    public record Created(long id, String username) {
    }
}
