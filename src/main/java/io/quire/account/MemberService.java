package io.quire.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members: registration, profiles, settings, roles and suspensions. Permissions are checked here. */
@Service
public class MemberService {

    private final MemberRepository members;
    private final RoleChangeRepository roleChanges;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberService(MemberRepository members, RoleChangeRepository roleChanges, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.roleChanges = roleChanges;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a member account.
     *
     * @throws RegistrationConflict naming the field at fault when the username or email is taken or the
     *         password is too weak
     */
    @Transactional
    long register(RegistrationForm form) {
        String username = form.username().strip();
        String email = form.email().strip().toLowerCase(Locale.ROOT);
        passwordPolicy.violation(form.password(), username)
                .ifPresent(code -> { throw new RegistrationConflict("password", code); });
        if (members.existsByUsername(username)) {
            throw new RegistrationConflict("username", "username.taken");
        }
        if (members.existsByEmail(email)) {
            throw new RegistrationConflict("email", "email.taken");
        }
        Member member;
        try {
            member = members.saveAndFlush(new Member(username, email, passwordEncoder.encode(form.password()),
                    Role.MEMBER, clock.instant()));
        }
        catch (DataIntegrityViolationException raced) {
            // Someone registered the same name between our check and the insert.
            throw new RegistrationConflict("username", "username.taken");
        }
        events.publishEvent(new MemberRegistered(member.getId(), username));
        return member.getId();
    }

    /** Creates an account with a role directly; used for demo data and by tests. */
    @Transactional
    public long createMember(String username, String email, String rawPassword, Role role) {
        Member member = members.save(new Member(username, email.toLowerCase(Locale.ROOT),
                passwordEncoder.encode(rawPassword), role, clock.instant()));
        events.publishEvent(new MemberRegistered(member.getId(), username));
        return member.getId();
    }

    @Transactional(readOnly = true)
    public Optional<MemberProfile> findProfile(String username) {
        return members.findByUsername(username).map(m -> new MemberProfile(m.getId(), m.getUsername(),
                m.getDisplayName(), m.getBio(), m.getRole(), m.getCreatedAt()));
    }

    @Transactional(readOnly = true)
    public Optional<MemberSummary> findSummary(long memberId) {
        return members.findById(memberId).map(Member::toSummary);
    }

    @Transactional(readOnly = true)
    public Optional<MemberSummary> findSummaryByUsername(String username) {
        return members.findByUsername(username).map(Member::toSummary);
    }

    /** Summaries of several members in one query, keyed by id; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, MemberSummary> summaries(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return members.findByIdIn(memberIds).stream().map(Member::toSummary)
                .collect(Collectors.toMap(MemberSummary::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    AccountSettings settings(long memberId) {
        Member member = members.findById(memberId).orElseThrow();
        return new AccountSettings(member.getEmail(), member.getDisplayName(), member.getBio());
    }

    /** @return an error code for the field at fault, or empty when the password was changed */
    @Transactional
    Optional<FieldError> changePassword(long memberId, String currentPassword, String newPassword) {
        Member member = members.findById(memberId).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, member.getPasswordHash())) {
            return Optional.of(new FieldError("currentPassword", "password.current-wrong"));
        }
        Optional<String> weak = passwordPolicy.violation(newPassword, member.getUsername());
        if (weak.isPresent()) {
            return Optional.of(new FieldError("newPassword", weak.get()));
        }
        member.changePassword(passwordEncoder.encode(newPassword));
        return Optional.empty();
    }

    @Transactional
    Optional<FieldError> changeEmail(long memberId, String currentPassword, String newEmail) {
        Member member = members.findById(memberId).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, member.getPasswordHash())) {
            return Optional.of(new FieldError("password", "password.current-wrong"));
        }
        String email = newEmail.strip().toLowerCase(Locale.ROOT);
        if (!email.equals(member.getEmail()) && members.existsByEmail(email)) {
            return Optional.of(new FieldError("email", "email.taken"));
        }
        member.changeEmail(email);
        return Optional.empty();
    }

    @Transactional
    void changeProfile(long memberId, String displayName, String bio) {
        members.findById(memberId).orElseThrow().changeProfile(displayName.strip(),
                bio == null || bio.isBlank() ? null : bio.strip());
    }

    /** Changes a member's role and records who did it. Only admins may, and not on their own account. */
    @Transactional
    public void changeRole(long adminId, long memberId, Role newRole) {
        Member admin = members.findById(adminId).orElseThrow();
        if (admin.getRole() != Role.ADMIN) {
            throw new AccessDeniedException("Only admins change roles");
        }
        if (adminId == memberId) {
            throw new AccessDeniedException("Admins cannot change their own role");
        }
        Member member = members.findById(memberId).orElseThrow();
        if (member.getRole() != newRole) {
            roleChanges.save(member.changeRole(newRole, admin, clock.instant()));
        }
    }

    /**
     * Suspends a member until {@code until}: they cannot log in or post, and see the reason when they try.
     * Called by moderation when a report is decided.
     */
    @Transactional
    public void suspend(long memberId, Instant until, String reason) {
        members.findById(memberId).orElseThrow().suspend(until, reason);
    }

    @Transactional
    public void liftSuspension(long memberId) {
        members.findById(memberId).orElseThrow().liftSuspension();
    }

    /** @return the reason and end of a current suspension, or empty when the member may post */
    @Transactional(readOnly = true)
    public Optional<Suspension> activeSuspension(long memberId) {
        return members.findById(memberId).filter(m -> m.isSuspendedAt(clock.instant()))
                .map(m -> new Suspension(m.getSuspendedUntil(), m.getSuspensionReason()));
    }

    @Transactional(readOnly = true)
    public Optional<Suspension> activeSuspension(String username) {
        return members.findByUsername(username).filter(m -> m.isSuspendedAt(clock.instant()))
                .map(m -> new Suspension(m.getSuspendedUntil(), m.getSuspensionReason()));
    }

    @Transactional(readOnly = true)
    Page<MemberSummary> list(String query, int page) {
        PageRequest request = PageRequest.of(Math.max(page, 0), 50);
        Page<Member> result = query == null || query.isBlank()
                ? members.findAllByOrderByUsernameAsc(request)
                : members.findByUsernameContainingOrderByUsernameAsc(query.strip(), request);
        return result.map(Member::toSummary);
    }

    @Transactional(readOnly = true)
    Page<RoleChangeView> roleChanges(int page) {
        return roleChanges.findAllByOrderByChangedAtDesc(PageRequest.of(Math.max(page, 0), 50))
                .map(RoleChange::toView);
    }

    @Transactional(readOnly = true)
    public long count() {
        return members.count();
    }

    record FieldError(String field, String code) {
    }

    record AccountSettings(String email, String displayName, String bio) {
    }

    /** A member's current suspension. */
    public record Suspension(Instant until, String reason) {
    }
}
