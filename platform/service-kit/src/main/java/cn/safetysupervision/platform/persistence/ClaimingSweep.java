package cn.safetysupervision.platform.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.function.IntSupplier;

/**
 * Drains what a sweep finds due, batch by batch. Each batch runs in a transaction of its own and claims its rows
 * with {@code UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING}, writing its events to the outbox
 * in that transaction: a second replica skips rows another holds, and a crash rolls claim and events back
 * together. A batch that claims fewer rows than the batch size means nothing more is due.
 */
public final class ClaimingSweep {

    private ClaimingSweep() {
    }

    /** Runs {@code batch} (which returns how many rows it claimed) until it claims fewer than {@code batchSize}. */
    public static int untilDrained(int batchSize, IntSupplier batch) {
        int total = 0;
        int claimed;
        do {
            claimed = QuarkusTransaction.requiringNew().call(batch::getAsInt);
            total += claimed;
        } while (claimed >= batchSize);
        return total;
    }
}
