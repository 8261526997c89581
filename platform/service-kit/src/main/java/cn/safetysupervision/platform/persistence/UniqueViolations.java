package cn.safetysupervision.platform.persistence;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Recognises PostgreSQL's unique_violation (SQLSTATE 23505) of one named constraint anywhere in a cause chain. */
public final class UniqueViolations {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {
    }

    public static boolean of(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PSQLException e && UNIQUE_VIOLATION.equals(e.getSQLState())) {
                ServerErrorMessage message = e.getServerErrorMessage();
                return message != null && constraint.equals(message.getConstraint());
            }
        }
        return false;
    }
}
