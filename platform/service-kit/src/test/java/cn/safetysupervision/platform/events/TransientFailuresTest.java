package cn.safetysupervision.platform.events;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransientFailuresTest {

    @Test
    void infrastructureFailuresPassAndRecordFailuresDoNot() {
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("connection refused", "08001"))));
        assertTrue(TransientFailures.isTransient(new IllegalStateException("x", new SQLException("deadlock", "40P01"))));
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("could not serialize", "40001"))));
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(TransientFailures.isTransient(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(TransientFailures.isTransient(new org.apache.kafka.common.errors.TimeoutException("metadata")));

        assertFalse(TransientFailures.isTransient(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(TransientFailures.isTransient(new RuntimeException(new SQLException("invalid byte", "22021"))));
        assertFalse(TransientFailures.isTransient(new NullPointerException()));
        assertFalse(TransientFailures.isTransient(new PoisonEventException("not JSON")));
    }
}
