package cn.safetysupervision.registry;

import cn.safetysupervision.registry.persistence.Employment;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15: one full-time employment of a person at a time is a database constraint, not only a check in code. */
@QuarkusTest
class EmploymentInvariantTest {

    @Test
    void concurrentFullTimeHiresOfOnePersonAtSeveralAgenciesLeaveExactlyOne() throws Exception {
        int agencies = 6;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < agencies; i++) {
            ids.add(Fixtures.agency("并发专职" + i + "评价有限公司"));
        }
        for (int round = 0; round < 3; round++) {
            String pid = Fixtures.practitioner("并发" + round, Fixtures.idNumber());
            CyclicBarrier start = new CyclicBarrier(agencies);
            ExecutorService pool = Executors.newFixedThreadPool(agencies);
            List<Future<Integer>> answers = new ArrayList<>();
            for (String agency : ids) {
                Callable<Integer> hire = () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return Fixtures.employ(Tokens.agency(UUID.fromString(agency)), agency, pid, "FULL_TIME",
                            Fixtures.today()).extract().statusCode();
                };
                answers.add(pool.submit(hire));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(120, TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "exactly one hire succeeds: " + statuses);
            assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), "the others are 409, never 500: " + statuses);
            UUID practitioner = UUID.fromString(pid);
            assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Employment.count("practitionerId", practitioner)));
        }
    }
}
