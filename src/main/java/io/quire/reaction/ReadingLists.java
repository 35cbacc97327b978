package io.quire.reaction;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleCounters;
import io.quire.article.ArticleNotFoundException;
import io.quire.article.ArticleRef;
import io.quire.article.ArticleSummary;
import io.quire.shared.PageView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves and reading lists. A member saves an article once, into one of their lists (the default list
 * "Saved" is made on first use); {@code article.save_count} changes by the rows actually inserted or deleted.
 * Every method checks that the list or item belongs to the member.
 */
@Service
public class ReadingLists {

    /** The name the default list starts with; the member may rename it. */
    public static final String DEFAULT_LIST_NAME = "Saved";

    public static final int PAGE_SIZE = 20;

    static final int MAX_NAME = 80;

    static final int MAX_NOTE = 500;

    private final ReadingListRepository lists;
    private final SavedItemRepository items;
    private final JdbcClient jdbc;
    private final ArticleCatalog catalog;
    private final ArticleCounters counters;
    private final ApplicationEventPublisher events;
    private final Retrying retrying;
    private final Clock clock;

    /** Forgotten for the member on every change to their saves or lists' names. */
    private final KeptReactions kept;

    ReadingLists(ReadingListRepository lists, SavedItemRepository items, JdbcClient jdbc, ArticleCatalog catalog,
            ArticleCounters counters, ApplicationEventPublisher events, PlatformTransactionManager transactions,
            Clock clock, KeptReactions kept) {
        this.kept = kept;
        this.lists = lists;
        this.items = items;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.counters = counters;
        this.events = events;
        this.retrying = new Retrying(transactions);
        this.clock = clock;
    }

    /**
     * Saves the published article at {@code slug} into the member's list {@code listId}, or the default list
     * when {@code null}. An article saved before moves to that list, and gets the note when one is given.
     */
    public SaveButtonView save(String slug, long memberId, Long listId, String note) {
        ArticleRef article = published(slug);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        return retrying.inTransaction(() -> {
            kept.forget(memberId);
            long target = listId == null ? defaultListOf(memberId) : own(listId, memberId).getId();
            int inserted = jdbc.sql("""
                            INSERT IGNORE INTO saved_item (list_id, member_id, article_id, note, saved_at)
                            VALUES (:list, :member, :article, :note, :now)""")
                    .param("list", target).param("member", memberId).param("article", article.id())
                    .param("note", cleanNote).param("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
            if (inserted > 0) {
                counters.addSaves(article.id(), inserted);
                events.publishEvent(new ArticleSaved(article.id(), memberId));
            }
            else {
                SavedItem item = items.findByMemberIdAndArticleId(memberId, article.id()).orElseThrow();
                item.moveTo(target);
                if (cleanNote != null) {
                    item.annotate(cleanNote);
                }
            }
            return new SaveButtonView(article.slug(), target, lists.findById(target).orElseThrow().getName());
        });
    }

    /** Takes the article out of the member's lists; doing it twice changes nothing. */
    public SaveButtonView unsave(String slug, long memberId) {
        ArticleRef article = published(slug);
        return retrying.inTransaction(() -> {
            kept.forget(memberId);
            int deleted = jdbc.sql("DELETE FROM saved_item WHERE member_id = :member AND article_id = :article")
                    .param("member", memberId).param("article", article.id()).update();
            if (deleted > 0) {
                counters.addSaves(article.id(), -deleted);
                events.publishEvent(new ArticleUnsaved(article.id(), memberId));
            }
            return new SaveButtonView(article.slug(), null, null);
        });
    }

    /** Whether and where the member saved the article, for the save page. */
    @Transactional(readOnly = true)
    public SaveButtonView saveState(String slug, long memberId) {
        ArticleRef article = published(slug);
        return items.findByMemberIdAndArticleId(memberId, article.id())
                .map(i -> new SaveButtonView(article.slug(), i.getListId(), lists.findById(i.getListId())
                        .map(ReadingList::getName).orElse(null)))
                .orElse(new SaveButtonView(article.slug(), null, null));
    }

    /** The member's lists with their sizes, the default list first, then by name. */
    public List<ReadingListView> lists(long memberId) {
        return jdbc.sql("""
                        SELECT l.id, l.name, l.default_for IS NOT NULL AS is_default, COUNT(i.id) AS items
                          FROM reading_list l LEFT JOIN saved_item i ON i.list_id = l.id
                         WHERE l.member_id = :member
                         GROUP BY l.id, l.name, l.default_for
                         ORDER BY l.default_for IS NULL, l.name, l.id""")
                .param("member", memberId)
                .query((rs, n) -> new ReadingListView(rs.getLong("id"), rs.getString("name"),
                        rs.getBoolean("is_default"), rs.getLong("items")))
                .list();
    }

    /** One of the member's lists. */
    public ReadingListView list(long listId, long memberId) {
        own(listId, memberId);
        return lists(memberId).stream().filter(l -> l.id() == listId).findFirst()
                .orElseThrow(() -> new SavedNotFoundException("reading list " + listId));
    }

    /** The member's saved articles, newest first: all of them, or those in {@code listId}. Pages count from 0. */
    @Transactional(readOnly = true)
    public PageView<SavedItemView> items(long memberId, Long listId, int page) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        Page<SavedItem> found = listId == null ? items.findByMemberIdOrderBySavedAtDescIdDesc(memberId, request)
                : items.findByListIdOrderBySavedAtDescIdDesc(own(listId, memberId).getId(), request);
        Map<Long, ArticleSummary> articles =
                catalog.summaries(found.getContent().stream().map(SavedItem::getArticleId).toList());
        Map<Long, String> names = lists.findAllById(found.getContent().stream().map(SavedItem::getListId)
                .distinct().toList()).stream().collect(Collectors.toMap(ReadingList::getId, ReadingList::getName));
        return PageView.of(found, i -> new SavedItemView(i.getId(), i.getArticleId(), articles.get(i.getArticleId()),
                i.getListId(), names.get(i.getListId()), i.getNote(), i.getSavedAt()));
    }

    /** One of the member's saved articles. */
    @Transactional(readOnly = true)
    public SavedItemView item(long itemId, long memberId) {
        SavedItem item = ownItem(itemId, memberId);
        return new SavedItemView(item.getId(), item.getArticleId(),
                catalog.summaries(java.util.List.of(item.getArticleId())).get(item.getArticleId()), item.getListId(),
                lists.findById(item.getListId()).map(ReadingList::getName).orElse(null), item.getNote(),
                item.getSavedAt());
    }

    /** @return the new list's id */
    @Transactional
    public long createList(long memberId, String name) {
        String clean = validName(name, memberId, -1);
        return lists.save(new ReadingList(memberId, clean, clock.instant())).getId();
    }

    @Transactional
    public void renameList(long listId, long memberId, String name) {
        kept.forget(memberId);
        ReadingList list = own(listId, memberId);
        list.rename(validName(name, memberId, listId));
    }

    /** Deletes a list and takes its articles out of the member's saves. The default list stays. */
    public void deleteList(long listId, long memberId) {
        retrying.inTransaction(() -> {
            kept.forget(memberId);
            ReadingList list = own(listId, memberId);
            if (list.isDefault()) {
                throw new ListRefused("list", "reaction.list.default-kept");
            }
            items.findByListId(listId).forEach(item -> removeRow(item, memberId));
            lists.delete(list);
            return null;
        });
    }

    @Transactional
    public void annotate(long itemId, long memberId, String note) {
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw new ListRefused("note", "reaction.note.too-long");
        }
        ownItem(itemId, memberId).annotate(note);
    }

    @Transactional
    public void move(long itemId, long memberId, long listId) {
        kept.forget(memberId);
        ownItem(itemId, memberId).moveTo(own(listId, memberId).getId());
    }

    public void remove(long itemId, long memberId) {
        retrying.inTransaction(() -> {
            kept.forget(memberId);
            removeRow(ownItem(itemId, memberId), memberId);
            return null;
        });
    }

    private void removeRow(SavedItem item, long memberId) {
        int deleted = jdbc.sql("DELETE FROM saved_item WHERE id = :id").param("id", item.getId()).update();
        if (deleted > 0) {
            counters.addSaves(item.getArticleId(), -deleted);
            events.publishEvent(new ArticleUnsaved(item.getArticleId(), memberId));
        }
    }

    /** The member's default list, made now if this is their first save (at most once, even when racing). */
    private long defaultListOf(long memberId) {
        return lists.findByDefaultFor(memberId).map(ReadingList::getId).orElseGet(() -> {
            jdbc.sql("""
                            INSERT IGNORE INTO reading_list (member_id, name, default_for, created_at)
                            VALUES (:member, :name, :member, :now)""")
                    .param("member", memberId).param("name", DEFAULT_LIST_NAME)
                    .param("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
            return lists.findByDefaultFor(memberId).orElseThrow().getId();
        });
    }

    private String validName(String name, long memberId, long exceptId) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new ListRefused("name", "reaction.list.name-required");
        }
        if (clean.length() > MAX_NAME) {
            throw new ListRefused("name", "reaction.list.name-too-long");
        }
        if (lists.nameTaken(memberId, clean, exceptId)) {
            throw new ListRefused("name", "reaction.list.name-taken");
        }
        return clean;
    }

    private ReadingList own(long listId, long memberId) {
        ReadingList list = lists.findById(listId).orElseThrow(() -> new SavedNotFoundException("reading list " + listId));
        if (!list.isOwnedBy(memberId)) {
            throw new AccessDeniedException("Not your reading list");
        }
        return list;
    }

    private SavedItem ownItem(long itemId, long memberId) {
        SavedItem item = items.findById(itemId).orElseThrow(() -> new SavedNotFoundException("saved item " + itemId));
        if (!item.isOwnedBy(memberId)) {
            throw new AccessDeniedException("Not your saved article");
        }
        return item;
    }

    private ArticleRef published(String slug) {
        return catalog.findRef(slug).filter(ArticleRef::isPublished)
                .orElseThrow(() -> new ArticleNotFoundException(slug));
    }
}
