package io.quire.moderation;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds {@link NewItem}s about fake subjects with unique ids, so tests sharing one database never collide:
 * {@code TestItems.report(submitter).cluster("comment:9").reason("spam").build()}.
 */
final class TestItems {

    static final String SUBJECT_TYPE = "test-subject";

    private static final AtomicLong subjects = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private ItemKind kind;
    private long subjectId = subjects.incrementAndGet();
    private String title;
    private Long categoryId;
    private String categoryName;
    private long submitterId;
    private Priority priority = Priority.MEDIUM;
    private String clusterKey;
    private String reason;

    private TestItems(ItemKind kind, long submitterId) {
        this.kind = kind;
        this.submitterId = submitterId;
        this.title = kind.name().toLowerCase().replace('_', ' ') + " about subject " + subjectId;
    }

    static TestItems of(ItemKind kind, long submitterId) {
        return new TestItems(kind, submitterId);
    }

    static TestItems report(long submitterId) {
        return of(ItemKind.REPORT, submitterId);
    }

    static TestItems improvement(long submitterId) {
        return of(ItemKind.IMPROVEMENT, submitterId);
    }

    static long newSubjectId() {
        return subjects.incrementAndGet();
    }

    TestItems subject(long id) {
        this.subjectId = id;
        return this;
    }

    TestItems title(String title) {
        this.title = title;
        return this;
    }

    TestItems category(long id, String name) {
        this.categoryId = id;
        this.categoryName = name;
        return this;
    }

    TestItems priority(Priority priority) {
        this.priority = priority;
        return this;
    }

    TestItems cluster(String key) {
        this.clusterKey = key;
        return this;
    }

    TestItems reason(String reason) {
        this.reason = reason;
        return this;
    }

    NewItem build() {
        return new NewItem(kind, SUBJECT_TYPE, subjectId, title, "/moderation/fake-subjects/" + subjectId + "/review",
                categoryId, categoryName, submitterId, priority, clusterKey, reason);
    }
}
