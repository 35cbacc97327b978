package io.quire.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quire.IntegrationTest;
import io.quire.TestMembers;
import io.quire.TestMembers.Created;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Races on a real database: two moderators decide the same item at the same moment (exactly one decision stands,
 * the other is told who won), and several members report the same thing at once (one item collects them all).
 */
@IntegrationTest
class ConcurrencyIntegrationTests {

    @Autowired
    ModerationQueue queue;

    @Autowired
    TestMembers members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoModeratorsDecidingAtOnceLeaveExactlyOneDecision() throws Exception {
        Created ada = members.moderator();
        Created bob = members.moderator();
        long id = queue.open(TestItems.improvement(members.member().id()).build());
        long version = queue.find(id).orElseThrow().version();
        CountDownLatch start = new CountDownLatch(1);

        List<Object> results = race(start,
                () -> queue.resolve(id, ada.id(), version, Outcome.ACCEPTED, "Looks good"),
                () -> queue.resolve(id, bob.id(), version, Outcome.REJECTED, "Not needed"));

        assertExactlyOneWinner(id, results);
    }

    /**
     * Both moderators have read the open item before either writes (as two owners' transactions that loaded their
     * review data first), so the loser passes the version check on its snapshot and only loses on {@code @Version}
     * at flush. Its owner's own write in the same transaction is rolled back with it.
     */
    @Test
    void theLoserOfARaceOnTheVersionIsRolledBackWithItsOwnersChanges() throws Exception {
        Created ada = members.moderator();
        Created bob = members.moderator();
        long id = queue.open(TestItems.improvement(members.member().id()).build());
        long version = queue.find(id).orElseThrow().version();
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);

        List<Object> results = race(new CountDownLatch(0),
                () -> decideAsOwner(id, ada, version, Outcome.ACCEPTED, bothHaveRead),
                () -> decideAsOwner(id, bob, version, Outcome.REJECTED, bothHaveRead));

        QueueItemView winner = assertExactlyOneWinner(id, results);
        assertThat(results).filteredOn(ItemAlreadyDecidedException.class::isInstance).singleElement()
                .satisfies(lost -> assertThat(((Throwable) lost).getSuppressed())
                        .hasAtLeastOneElementOfType(OptimisticLockingFailureException.class));
        assertThat(jdbc.queryForList("select cluster_key from moderation_cluster_lock where cluster_key like ?",
                String.class, "owner-" + id + "-%")).containsExactly("owner-" + id + "-" + winner.decidedById());
    }

    @Test
    void reportsOfTheSameThingArrivingAtOnceEndUpInOneItem() throws Exception {
        String cluster = "comment:" + TestItems.newSubjectId();
        List<Created> reporters = List.of(members.member(), members.member(), members.member(), members.member());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> opened = new ArrayList<>();
        for (Created reporter : reporters) {
            opened.add(threads.submit(() -> {
                start.await();
                return queue.open(TestItems.report(reporter.id()).cluster(cluster).reason("spam").build());
            }));
        }
        start.countDown();
        List<Long> ids = new ArrayList<>();
        for (Future<Long> id : opened) {
            ids.add(id.get(60, TimeUnit.SECONDS));
        }

        assertThat(ids).containsOnly(ids.get(0));
        QueueItemView item = queue.find(ids.get(0)).orElseThrow();
        assertThat(item.participantCount()).isEqualTo(4);
        assertThat(item.reasonCounts()).containsExactly(Map.entry("spam", 4L));
        assertThat(jdbc.queryForObject("select count(*) from moderation_item where cluster_key = ?", Integer.class,
                cluster)).isEqualTo(1);
    }

    private QueueItemView decideAsOwner(long id, Created moderator, long version, Outcome outcome,
            CyclicBarrier bothHaveRead) {
        return transactions.execute(status -> {
            assertThat(queue.find(id).orElseThrow().isOpen()).isTrue();
            await(bothHaveRead);
            // Stands in for the owner's change (publishing the article, say) made in the deciding transaction.
            jdbc.update("insert into moderation_cluster_lock (cluster_key, locked_at) values (?, current_timestamp(6))",
                    "owner-" + id + "-" + moderator.id());
            return queue.resolve(id, moderator.id(), version, outcome, null);
        });
    }

    private List<Object> race(CountDownLatch start, Callable<QueueItemView> first, Callable<QueueItemView> second)
            throws Exception {
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<QueueItemView> decision : List.of(first, second)) {
            futures.add(threads.submit(() -> {
                start.await();
                try {
                    return decision.call();
                }
                catch (RuntimeException failure) {
                    return failure;
                }
            }));
        }
        start.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    private QueueItemView assertExactlyOneWinner(long id, List<Object> results) {
        assertThat(results).filteredOn(QueueItemView.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(ItemAlreadyDecidedException.class::isInstance).hasSize(1);
        QueueItemView winner = (QueueItemView) results.stream().filter(QueueItemView.class::isInstance).findFirst()
                .orElseThrow();
        ItemAlreadyDecidedException loser = (ItemAlreadyDecidedException) results.stream()
                .filter(ItemAlreadyDecidedException.class::isInstance).findFirst().orElseThrow();
        assertThat(loser.decidedById()).isEqualTo(winner.decidedById());
        assertThat(loser.decidedByName()).isEqualTo(winner.decidedByName());
        assertThat(loser.outcome()).isEqualTo(winner.outcome());
        assertThat(loser.getMessage()).contains("already decided by " + winner.decidedByName());

        QueueItemView stored = queue.find(id).orElseThrow();
        assertThat(stored.outcome()).isEqualTo(winner.outcome());
        assertThat(stored.decidedById()).isEqualTo(winner.decidedById());
        assertThat(jdbc.queryForObject("select count(*) from moderation_audit where item_id = ? and action = 'RESOLVED'",
                Integer.class, id)).isEqualTo(1);
        return winner;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
