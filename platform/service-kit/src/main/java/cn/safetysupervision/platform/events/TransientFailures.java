package cn.safetysupervision.platform.events;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a failure of the infrastructure, which passes if one waits (the database unreachable or failing over, a
 * deadlock, a serialization failure, a timeout), from a failure of the record itself, which comes back every time.
 * Only the latter may go to the dead-letter topic; the former is retried for as long as it lasts.
 */
public final class TransientFailures {

    /** SQLSTATEs that pass: deadlock, serialization failure, lock not available, shutdown/crash/starting up, too many connections. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57P01", "57P02", "57P03",
            "53300", "53000", "58000", "58030");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || TRANSIENT_STATES.contains(state))) {
                    return true;
                }
                if (sql instanceof SQLTransientException) {
                    return true;
                }
                // Agroal's pool reports an unreachable database as "Acquisition timeout" without a state.
                if (state == null && sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout")) {
                    return true;
                }
            }
            if (t instanceof ConnectException || t instanceof SocketTimeoutException || t instanceof SocketException) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.equals("org.apache.kafka.common.errors.TimeoutException")
                    || name.equals("org.hibernate.exception.JDBCConnectionException")
                    || name.equals("jakarta.persistence.LockTimeoutException")
                    || name.equals("jakarta.persistence.QueryTimeoutException")
                    || name.equals("org.hibernate.PessimisticLockException")) {
                return true;
            }
            try {
                if (Class.forName("org.apache.kafka.common.errors.RetriableException").isInstance(t)) {
                    return true;
                }
            } catch (ClassNotFoundException | LinkageError ignored) {
                // no Kafka client on the class path
            }
        }
        return false;
    }
}
