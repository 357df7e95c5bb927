package id.serambi.support;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What the current thread holds of the database, asked where a message leaves or a PDF is drawn. */
public final class HeldConnections {

    private HeldConnections() {
    }

    /** A transaction, a connection bound to the thread without one (an "empty" transaction scope), or nothing. */
    public static String heldByThisThread() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return "a transaction";
        }
        boolean connection = TransactionSynchronizationManager.getResourceMap().values().stream()
                .anyMatch(ConnectionHolder.class::isInstance);
        return connection ? "a connection" : "nothing";
    }
}
