package io.quire.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * For forgetting something kept in memory that a transaction changes: forget it now, and again once the
 * transaction has ended, because a read between the change and its commit still sees the old state and may keep it.
 */
public final class NowAndAfterTransaction {

    private NowAndAfterTransaction() {
    }

    /** Runs {@code forget} now and, if a transaction is active on this thread, again when it completes. */
    public static void run(Runnable forget) {
        forget.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget.run();
                }
            });
        }
    }
}
