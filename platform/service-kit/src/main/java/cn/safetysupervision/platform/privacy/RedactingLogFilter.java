package cn.safetysupervision.platform.privacy;

import io.quarkus.logging.LoggingFilter;
import org.jboss.logmanager.ExtLogRecord;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Masks personal data in every log line (message, parameters and the messages of a logged exception and its
 * causes) before a handler formats it. Enabled for the console and file handlers in service-kit's defaults.
 */
@LoggingFilter(name = "redact-personal-data")
public final class RedactingLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        Object[] parameters = record.getParameters();
        if (parameters != null) {
            Object[] masked = null;
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                if (p instanceof CharSequence || p != null && !(p instanceof Number || p instanceof Boolean
                        || p instanceof Enum<?> || p instanceof java.util.UUID || p instanceof Throwable)) {
                    String text = String.valueOf(p);
                    String redacted = Redaction.redact(text);
                    if (!redacted.equals(text)) {
                        if (masked == null) {
                            masked = parameters.clone();
                        }
                        masked[i] = redacted;
                    }
                }
            }
            if (masked != null) {
                record.setParameters(masked);
            }
        }
        String message = record.getMessage();
        String redacted = Redaction.redact(message);
        if (redacted != null && !redacted.equals(message)) {
            // keep the record's format style (printf or MessageFormat); the plain setter would reset it
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(redacted, ext.getFormatStyle());
            } else {
                record.setMessage(redacted);
            }
        }
        if (record.getThrown() != null && containsPersonalData(record.getThrown())) {
            record.setThrown(RedactedThrowable.of(record.getThrown()));
        }
        return true;
    }

    private static boolean containsPersonalData(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (Redaction.containsPersonalData(t.getMessage()) || Redaction.containsPersonalData(t.toString())) {
                return true;
            }
        }
        return false;
    }

    /** A copy of an exception chain with masked messages and the original stack traces. */
    static final class RedactedThrowable extends Throwable {
        private final String className;

        private RedactedThrowable(String className, String message, Throwable cause) {
            super(message, cause, false, true);
            this.className = className;
        }

        static Throwable of(Throwable original) {
            Throwable cause = original.getCause() == null || original.getCause() == original ? null : of(original.getCause());
            RedactedThrowable copy = new RedactedThrowable(original.getClass().getName(),
                    Redaction.redact(original.getMessage()), cause);
            copy.setStackTrace(original.getStackTrace());
            return copy;
        }

        @Override
        public String toString() {
            String message = getLocalizedMessage();
            return message == null ? className : className + ": " + message;
        }
    }
}
