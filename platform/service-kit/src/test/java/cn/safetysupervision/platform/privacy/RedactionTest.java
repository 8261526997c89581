package cn.safetysupervision.platform.privacy;

import org.junit.jupiter.api.Test;

import org.jboss.logmanager.ExtLogRecord;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedactionTest {

    @Test
    void idNumbersAndMobileNumbersAreMaskedWhereverTheyAppear() {
        assertEquals("{\"idNumber\":\"3713**********001X\"}", Redaction.redact("{\"idNumber\":\"37130219900307001X\"}"));
        assertEquals("Key (id)=(3713**********0011) exists", Redaction.redact("Key (id)=(371302199003070011) exists"));
        assertEquals("{\"idNumber\":3713**********007}", Redaction.redact("{\"idNumber\":37130219900307007}"));
        assertEquals("old 3713********011", Redaction.redact("old 371302900307011"));
        assertEquals("tel 138****5678.", Redaction.redact("tel 13812345678."));
    }

    @Test
    void identifiersThatMerelyContainDigitsAreLeftAlone() {
        String uuid = "5f0c1a2b-1380-4d5e-8f00-371302199003";
        assertEquals(uuid, Redaction.redact(uuid));
        String hash = "aaa9402664f1a41f40ebbc52c9993eb66aeb366602958fdfaa283b71e64db123";
        assertEquals(hash, Redaction.redact(hash));
        assertEquals("91350100M000100Y43", Redaction.redact("91350100M000100Y43"));
        assertEquals("amount 12345678.90", Redaction.redact("amount 12345678.90"));
    }

    @Test
    void theLogFilterMasksMessageParametersAndExceptionChains() {
        LogRecord record = new LogRecord(Level.SEVERE, "refused {0}");
        record.setParameters(new Object[]{"371302199003070011"});
        record.setThrown(new IllegalStateException("outer", new RuntimeException("Failing row contains (371302199003070011, 13812345678)")));
        new RedactingLogFilter().isLoggable(record);
        assertEquals("3713**********0011", record.getParameters()[0]);
        String cause = record.getThrown().getCause().toString();
        assertTrue(cause.startsWith("java.lang.RuntimeException: Failing row contains (3713**********0011, 138****5678)"), cause);
        assertFalse(Redaction.containsPersonalData(cause));
        assertEquals(new IllegalStateException().getStackTrace().length > 0, record.getThrown().getStackTrace().length > 0);
    }

    @Test
    void aPrintfRecordKeepsItsFormatStyle() {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "%s started, phone %s", ExtLogRecord.FormatStyle.PRINTF, "x");
        record.setParameters(new Object[]{"svc", "13812345678"});
        new RedactingLogFilter().isLoggable(record);
        assertEquals(ExtLogRecord.FormatStyle.PRINTF, record.getFormatStyle());
        assertEquals("svc started, phone 138****5678", record.getFormattedMessage());
        ExtLogRecord plain = new ExtLogRecord(Level.INFO, "%s started", ExtLogRecord.FormatStyle.PRINTF, "x");
        plain.setParameters(new Object[]{"svc"});
        new RedactingLogFilter().isLoggable(plain);
        assertEquals("svc started", plain.getFormattedMessage());
    }
}
