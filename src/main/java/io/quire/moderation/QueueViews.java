package io.quire.moderation;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.quire.account.MemberService;
import io.quire.account.MemberSummary;

import org.springframework.stereotype.Component;

/**
 * Turns items and audit entries into views, with member names and reason counts fetched in one query each for
 * a whole page, never one per row.
 */
@Component
class QueueViews {

    private final ModerationItemRepository items;
    private final ParticipantRepository participants;
    private final MemberService members;

    QueueViews(ModerationItemRepository items, ParticipantRepository participants, MemberService members) {
        this.items = items;
        this.participants = participants;
        this.members = members;
    }

    QueueItemView item(ModerationItem item) {
        return items(List.of(item)).get(0);
    }

    List<QueueItemView> items(List<ModerationItem> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = names(page.stream()
                .flatMap(i -> Stream.of(i.getSubmitterId(), i.getClaimedBy(), i.getDecidedBy())).toList());
        Map<Long, Map<String, Long>> reasons = new LinkedHashMap<>();
        participants.reasonCounts(page.stream().map(ModerationItem::getId).toList()).forEach(count -> reasons
                .computeIfAbsent(count.itemId(), id -> new LinkedHashMap<>()).put(count.reason(), count.count()));
        return page.stream().map(i -> new QueueItemView(i.getId(), i.getKind(), i.getStatus(), i.getPriority(),
                i.getSubjectType(), i.getSubjectId(), i.getTitle(), i.getReviewPath(), i.getCategoryId(),
                i.getCategoryName(), i.getSubmitterId(), names.get(i.getSubmitterId()), i.getParticipantCount(),
                reasons.getOrDefault(i.getId(), Map.of()), i.getClaimedBy(), names.get(i.getClaimedBy()),
                i.getClaimExpiresAt(), i.getCreatedAt(), i.getDecidedAt(), i.getDecidedBy(),
                names.get(i.getDecidedBy()), i.getOutcome(), i.getDecisionReason(), i.getVersion())).toList();
    }

    List<ParticipantView> participants(List<Participant> list) {
        Map<Long, String> names = names(list.stream().map(Participant::getMemberId).toList());
        return list.stream().map(p -> new ParticipantView(p.getMemberId(), names.get(p.getMemberId()), p.getReason(),
                p.getCreatedAt())).toList();
    }

    List<AuditEntryView> audit(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = names(entries.stream().map(AuditEntry::getActorId).toList());
        Map<Long, ModerationItem> subjects = items.findAllById(entries.stream().map(AuditEntry::getItemId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(ModerationItem::getId, Function.identity()));
        return entries.stream().map(e -> {
            ModerationItem item = subjects.get(e.getItemId());
            return new AuditEntryView(e.getId(), e.getItemId(), item.getKind(), item.getTitle(), e.getActorId(),
                    names.get(e.getActorId()), e.getAction(), e.getOutcome(), e.getReason(), e.getAt());
        }).toList();
    }

    /** Display names by member id; ids may repeat or be null. */
    Map<Long, String> names(Collection<Long> ids) {
        Set<Long> wanted = new HashSet<>();
        ids.stream().filter(Objects::nonNull).forEach(wanted::add);
        return members.summaries(wanted).values().stream()
                .collect(Collectors.toMap(MemberSummary::id, MemberSummary::displayName));
    }

    String name(long memberId) {
        return names(List.of(memberId)).get(memberId);
    }
}
