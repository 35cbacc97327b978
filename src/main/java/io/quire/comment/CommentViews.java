package io.quire.comment;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.quire.account.MemberDirectory;
import io.quire.account.MemberSummary;

import org.springframework.stereotype.Component;

/** Turns rows into what a viewer sees; names come from the cached {@link MemberDirectory}. */
@Component
class CommentViews {

    private static final Comparator<CommentRow> OLDEST_FIRST = CommentSort.OLDEST.order();

    private final MemberDirectory directory;

    CommentViews(MemberDirectory directory) {
        this.directory = directory;
    }

    /** Top-level rows in the given order, each with its replies (from {@code rows}) oldest first. */
    List<CommentView> threads(List<CommentRow> topLevel, Collection<CommentRow> rows, String slug,
            CommentViewer viewer) {
        Set<Long> topIds = topLevel.stream().map(CommentRow::id).collect(Collectors.toSet());
        Map<Long, List<CommentRow>> replies = rows.stream()
                .filter(r -> r.parentId() != null && topIds.contains(r.parentId()))
                .sorted(OLDEST_FIRST)
                .collect(Collectors.groupingBy(CommentRow::parentId));
        Map<Long, MemberSummary> authors = directory.findAll(java.util.stream.Stream.concat(topLevel.stream(),
                replies.values().stream().flatMap(List::stream)).map(CommentRow::authorId).distinct().toList());
        return topLevel.stream().map(top -> view(top, slug, viewer, authors).withReplies(
                replies.getOrDefault(top.id(), List.of()).stream().map(r -> view(r, slug, viewer, authors)).toList()))
                .toList();
    }

    CommentView one(CommentRow row, String slug, CommentViewer viewer) {
        return view(row, slug, viewer, directory.findAll(List.of(row.authorId())));
    }

    static CommentView view(CommentRow row, String slug, CommentViewer viewer,
            Map<Long, MemberSummary> authors) {
        boolean deleted = row.status() == CommentStatus.DELETED;
        String html = switch (row.status()) {
            case VISIBLE -> row.html();
            case HIDDEN -> viewer.moderator() ? row.html() : null;
            case DELETED -> null;
        };
        return new CommentView(row.id(), row.articleId(), slug, row.parentId(),
                deleted ? null : authors.get(row.authorId()), row.status(), html, row.likeCount(), row.replyCount(),
                row.createdAt(), row.editedAt(), List.of(), !deleted && viewer.isAuthorOf(row.authorId()),
                !deleted && viewer.moderator());
    }
}
