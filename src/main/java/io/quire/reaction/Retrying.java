package io.quire.reaction;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs short write transactions at READ COMMITTED (no gap locks, so concurrent likes of one article rarely
 * wait on each other) and runs them again when InnoDB picked them as a deadlock victim or a lock wait timed
 * out. The work must be safe to repeat, which the like and save statements are: they change counters only by
 * the rows they changed.
 */
final class Retrying {

    private static final int ATTEMPTS = 5;

    private final TransactionTemplate transaction;

    Retrying(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> work.get());
            }
            catch (RuntimeException ex) {
                if (attempt >= ATTEMPTS || !isTransient(ex)) {
                    throw ex;
                }
                pause(attempt);
            }
        }
    }

    static boolean isTransient(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException) {
                return true;
            }
            // Deadlock (1213, SQLSTATE 40001) and lock wait timeout (1205), however the driver wrapped them.
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                    || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 10 * attempt));
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying", interrupted);
        }
    }
}
