package io.quire.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.quire.account.MemberService;
import io.quire.account.MemberSummary;
import io.quire.account.Role;
import io.quire.shared.PageView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The moderation queue's API. Owner modules open items and, from their own services, resolve them in the same
 * transaction as the change they apply. Permissions are checked here: only moderators claim, decide and undo,
 * and nobody decides an item they raised. Unknown item ids throw {@link NoSuchElementException}.
 */
@Service
public class ModerationQueue {

    static final int PAGE_SIZE = 25;

    private final ModerationItemRepository items;
    private final ParticipantRepository participants;
    private final AuditEntryRepository audit;
    private final QueueViews views;
    private final SubmissionLimits limits;
    private final MemberService members;
    private final ApplicationEventPublisher events;
    private final ModerationProperties properties;
    private final TransactionTemplate freshTransaction;
    private final Set<ItemKind> undoableKinds;
    private final Clock clock;

    ModerationQueue(ModerationItemRepository items, ParticipantRepository participants, AuditEntryRepository audit,
            QueueViews views, SubmissionLimits limits, MemberService members, ApplicationEventPublisher events,
            ModerationProperties properties, PlatformTransactionManager transactions, List<DecisionReverter> reverters,
            Clock clock) {
        this.items = items;
        this.participants = participants;
        this.audit = audit;
        this.views = views;
        this.limits = limits;
        this.members = members;
        this.events = events;
        this.properties = properties;
        this.freshTransaction = new TransactionTemplate(transactions);
        this.freshTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.freshTransaction.setReadOnly(true);
        this.undoableKinds = reverters.stream().flatMap(r -> r.revertedKinds().stream()).collect(Collectors.toSet());
        this.clock = clock;
    }

    /**
     * Opens an item, or, when its cluster key matches an open item, adds the submitter to that item (once) and
     * raises the item's priority to the new one when that is higher (more reports, more urgent).
     *
     * @return the id of the new or the joined item
     */
    @Transactional
    public long open(NewItem item) {
        Instant now = clock.instant();
        ModerationItem candidate = new ModerationItem(item, now);
        if (candidate.getClusterKey() != null) {
            items.lockCluster(candidate.getClusterKey(), now);
            Optional<ModerationItem> existing =
                    items.findFirstByClusterKeyAndStatusOrderByIdAsc(candidate.getClusterKey(), ItemStatus.OPEN);
            if (existing.isPresent()) {
                join(existing.get(), item, now);
                return existing.get().getId();
            }
        }
        ModerationItem created = items.save(candidate);
        participants.save(new Participant(created.getId(), item.submitterId(), item.reason(), now));
        record(created, item.submitterId(), AuditAction.OPENED, null, item.reason(), now);
        return created.getId();
    }

    private void join(ModerationItem item, NewItem joining, Instant now) {
        long memberId = joining.submitterId();
        if (participants.existsByItemIdAndMemberId(item.getId(), memberId)) {
            return;
        }
        item.join(joining.priority());
        participants.save(new Participant(item.getId(), memberId, joining.reason(), now));
        record(item, memberId, AuditAction.JOINED, null, joining.reason(), now);
    }

    @Transactional(readOnly = true)
    public Optional<QueueItemView> find(long itemId) {
        return items.findById(itemId).map(views::item);
    }

    /** The oldest open item about a subject, of any kind. */
    @Transactional(readOnly = true)
    public Optional<QueueItemView> findOpen(String subjectType, long subjectId) {
        return items.findFirstBySubjectTypeAndSubjectIdAndStatusOrderByIdAsc(subjectType, subjectId, ItemStatus.OPEN)
                .map(views::item);
    }

    /** The newest item about a subject, open or resolved: for an owner's page that shows the last decision. */
    @Transactional(readOnly = true)
    public Optional<QueueItemView> findLatest(String subjectType, long subjectId) {
        return items.findFirstBySubjectTypeAndSubjectIdOrderByIdDesc(subjectType, subjectId).map(views::item);
    }

    /**
     * Claims an item for {@code quire.moderation.claim-duration}, or extends the moderator's own claim.
     *
     * @throws ItemClaimedException when another moderator's claim has not expired
     * @throws ItemAlreadyDecidedException when the item is resolved
     * @throws AccessDeniedException when the member is no moderator or raised the item
     */
    @Transactional
    public void claim(long itemId, long moderatorId) {
        requireModerator(moderatorId);
        ModerationItem item = items.findForUpdate(itemId).orElseThrow();
        Instant now = clock.instant();
        if (!item.isOpen()) {
            throw alreadyDecided(item);
        }
        if (item.isClaimedBySomeoneElse(moderatorId, now)) {
            throw new ItemClaimedException(itemId, item.getClaimedBy(), views.name(item.getClaimedBy()),
                    item.getClaimExpiresAt());
        }
        refuseInvolved(item, moderatorId);
        item.claim(moderatorId, now, properties.claimDuration());
        record(item, moderatorId, AuditAction.CLAIMED, null, null, now);
    }

    /** Gives up the moderator's claim; does nothing when they hold none. */
    @Transactional
    public void release(long itemId, long moderatorId) {
        ModerationItem item = items.findForUpdate(itemId).orElseThrow();
        if (item.release(moderatorId)) {
            record(item, moderatorId, AuditAction.RELEASED, null, null, clock.instant());
        }
    }

    /**
     * Decides an item. Call it from the owner's service, in the transaction that applies the outcome: if the
     * decision loses, the exception rolls back the owner's changes too.
     *
     * @param expectedVersion the version the moderator saw ({@link QueueItemView#version()})
     * @throws ItemAlreadyDecidedException when someone decided first (naming them) or the item changed since
     * @throws AccessDeniedException when the member is no moderator, or submitted or reported the item
     */
    @Transactional
    public QueueItemView resolve(long itemId, long moderatorId, long expectedVersion, Outcome outcome, String reason) {
        requireModerator(moderatorId);
        ModerationItem item = items.findById(itemId).orElseThrow();
        if (!item.isOpen() || item.getVersion() != expectedVersion) {
            throw alreadyDecided(item);
        }
        refuseInvolved(item, moderatorId);
        Instant now = clock.instant();
        item.resolve(moderatorId, outcome, reason, now);
        flushOrLose(itemId);
        record(item, moderatorId, AuditAction.RESOLVED, outcome, item.getDecisionReason(), now);
        events.publishEvent(resolved(item, moderatorId));
        return views.item(item);
    }

    /**
     * The submitter withdraws their open items about a subject (they are resolved as {@link Outcome#WITHDRAWN}).
     * Does nothing when none is open.
     *
     * @throws AccessDeniedException when items are open but the member submitted none of them
     */
    @Transactional
    public void withdraw(String subjectType, long subjectId, long byMemberId) {
        List<ModerationItem> open =
                items.findBySubjectTypeAndSubjectIdAndStatusOrderByIdAsc(subjectType, subjectId, ItemStatus.OPEN);
        List<ModerationItem> theirs = open.stream().filter(i -> i.getSubmitterId() == byMemberId).toList();
        if (theirs.isEmpty() && !open.isEmpty()) {
            throw new AccessDeniedException("Only the submitter withdraws an item");
        }
        Instant now = clock.instant();
        for (ModerationItem item : theirs) {
            item.withdraw(byMemberId, now);
            flushOrLose(item.getId());
            record(item, byMemberId, AuditAction.WITHDRAWN, Outcome.WITHDRAWN, null, now);
            events.publishEvent(resolved(item, byMemberId));
        }
    }

    /**
     * Undoes a decision: allowed within {@code quire.moderation.undo-window} to the moderator who decided and to
     * admins, for kinds whose owner reverts what it applied ({@link DecisionReverter}). Publishes
     * {@link ItemReopened}, on which the owner reverts inside this transaction.
     *
     * @throws UndoNotAllowedException when the item is open, was withdrawn, is of a kind nobody reverts, the window
     *         has closed, or the owner cannot revert
     * @throws AccessDeniedException when the member is neither the decider nor an admin
     */
    @Transactional
    public QueueItemView reopen(long itemId, long moderatorId) {
        boolean admin = requireModerator(moderatorId).role().includes(Role.ADMIN);
        ModerationItem item = items.findById(itemId).orElseThrow();
        Instant now = clock.instant();
        if (item.isOpen()) {
            throw new UndoNotAllowedException(itemId, "moderation.undo.not-decided", null);
        }
        if (item.getOutcome() == Outcome.WITHDRAWN) {
            throw new UndoNotAllowedException(itemId, "moderation.undo.withdrawn", null);
        }
        if (!isUndoable(item.getKind())) {
            throw new UndoNotAllowedException(itemId, "moderation.undo.unsupported", null);
        }
        if (!admin && !item.getDecidedBy().equals(moderatorId)) {
            throw new AccessDeniedException("Only the moderator who decided, or an admin, undoes a decision");
        }
        if (!item.isUndoableBy(moderatorId, admin, now, properties.undoWindow())) {
            throw new UndoNotAllowedException(itemId, "moderation.undo.expired",
                    item.getDecidedAt().plus(properties.undoWindow()));
        }
        Outcome undone = item.reopen(moderatorId, admin, now, properties.undoWindow());
        flushOrLose(itemId);
        record(item, moderatorId, AuditAction.REOPENED, undone, null, now);
        events.publishEvent(new ItemReopened(itemId, item.getKind(), item.getSubjectType(), item.getSubjectId(),
                undone, moderatorId));
        return views.item(item);
    }

    /** Whether {@link #reopen} would be allowed for this member now; for showing the undo button. */
    @Transactional(readOnly = true)
    public boolean mayReopen(long itemId, long memberId, boolean admin) {
        return items.findById(itemId).filter(i -> isUndoable(i.getKind()))
                .filter(i -> i.isUndoableBy(memberId, admin, clock.instant(), properties.undoWindow())).isPresent();
    }

    /** Whether decisions of this kind can be undone at all: only when its owner reverts them (a {@link DecisionReverter}). */
    public boolean isUndoable(ItemKind kind) {
        return undoableKinds.contains(kind);
    }

    /** Open items per kind, for the moderators' navigation; kinds with none are left out. One query. */
    @Transactional(readOnly = true)
    public Map<ItemKind, Long> openCounts() {
        Map<ItemKind, Long> counts = new EnumMap<>(ItemKind.class);
        items.countOpenByKind().forEach(c -> counts.put(c.kind(), c.count()));
        return counts;
    }

    /** Whether the member may submit another item of the kind now; owners ask before opening. */
    @Transactional(readOnly = true)
    public SubmissionCheck checkSubmission(long memberId, ItemKind kind) {
        return limits.check(memberId, kind, clock.instant());
    }

    /** Whether the member ever submitted an item of the kind that was accepted (a new member's first article is reviewed). */
    @Transactional(readOnly = true)
    public boolean hasResolvedAccepted(long memberId, ItemKind kind) {
        return items.existsBySubmitterIdAndKindAndStatusAndOutcome(memberId, kind, ItemStatus.RESOLVED,
                Outcome.ACCEPTED);
    }

    /** Whether the member submitted or reported the item, and so may not decide it. */
    @Transactional(readOnly = true)
    public boolean isRaisedBy(long itemId, long memberId) {
        return items.findById(itemId).map(i -> i.getSubmitterId() == memberId).orElse(false)
                || participants.existsByItemIdAndMemberId(itemId, memberId);
    }

    @Transactional(readOnly = true)
    public List<ParticipantView> participants(long itemId) {
        return views.participants(participants.findByItemIdOrderByCreatedAtAscIdAsc(itemId));
    }

    @Transactional(readOnly = true)
    public List<AuditEntryView> history(long itemId) {
        return views.audit(audit.findByItemIdOrderByAtAscIdAsc(itemId));
    }

    /** The site-wide audit log, newest first. Admins only. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public PageView<AuditEntryView> auditLog(int page) {
        Page<AuditEntry> entries = audit.findAllByOrderByAtDescIdDesc(PageRequest.of(Math.max(page, 0), 50));
        return new PageView<>(views.audit(entries.getContent()), entries.getNumber(), entries.getTotalPages(),
                entries.getTotalElements());
    }

    @Transactional(readOnly = true)
    PageView<QueueItemView> list(QueueFilter filter, int page) {
        Page<ModerationItem> found = items.search(filter.statusOrOpen(), filter.kind(), filter.category(),
                filter.createdBefore(clock.instant()), PageRequest.of(Math.max(page, 0), PAGE_SIZE, filter.sort()));
        return new PageView<>(views.items(found.getContent()), found.getNumber(), found.getTotalPages(),
                found.getTotalElements());
    }

    @Transactional(readOnly = true)
    List<CategoryOption> categories() {
        return items.categories();
    }

    private MemberSummary requireModerator(long memberId) {
        return members.findSummary(memberId).filter(m -> m.role().includes(Role.MODERATOR))
                .orElseThrow(() -> new AccessDeniedException("Only moderators work the queue"));
    }

    private void refuseInvolved(ModerationItem item, long moderatorId) {
        if (item.getSubmitterId() == moderatorId || participants.existsByItemIdAndMemberId(item.getId(), moderatorId)) {
            throw new AccessDeniedException("Nobody decides their own submission");
        }
    }

    /**
     * Writes the decision now, so that a concurrent one waits for our row lock and then loses on the version
     * (an optimistic locking failure; MariaDB with {@code innodb_snapshot_isolation} reports error 1020 instead,
     * hence the broad catch). The loser is told who won, read in a fresh transaction because its own is doomed.
     */
    private void flushOrLose(long itemId) {
        try {
            items.flush();
        }
        catch (DataAccessException lost) {
            ItemAlreadyDecidedException decided = freshTransaction.execute(status -> items.findById(itemId)
                    .filter(i -> !i.isOpen()).map(this::alreadyDecided).orElse(null));
            if (decided == null) {
                throw lost;
            }
            decided.addSuppressed(lost);
            throw decided;
        }
    }

    private ItemAlreadyDecidedException alreadyDecided(ModerationItem item) {
        Long decidedBy = item.isOpen() ? null : item.getDecidedBy();
        return new ItemAlreadyDecidedException(item.getId(), decidedBy, decidedBy == null ? null : views.name(decidedBy),
                item.isOpen() ? null : item.getDecidedAt(), item.isOpen() ? null : item.getOutcome());
    }

    private ItemResolved resolved(ModerationItem item, long decidedBy) {
        return new ItemResolved(item.getId(), item.getKind(), item.getSubjectType(), item.getSubjectId(),
                item.getOutcome(), item.getDecisionReason(), decidedBy, item.getSubmitterId(),
                participants.memberIds(item.getId()));
    }

    private void record(ModerationItem item, long actorId, AuditAction action, Outcome outcome, String reason,
            Instant now) {
        audit.save(new AuditEntry(item.getId(), actorId, action, outcome, reason, now));
    }
}
