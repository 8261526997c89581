package cn.safetysupervision.complaint;

import cn.safetysupervision.complaint.config.ComplaintConfig;
import cn.safetysupervision.complaint.domain.CodeThrottle;
import cn.safetysupervision.complaint.domain.ReceiptCodes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ReceiptCodeThrottleTest {

    @Inject
    ComplaintConfig config;

    @Inject
    EntityManager entityManager;

    /** The tests share one source (127.0.0.1): leave it unblocked for the other test classes. */
    @AfterEach
    void forgetSource() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from code_throttle").executeUpdate());
    }

    @Test
    void wrongCodesAreDelayedPerSourceAndABlockedSourceIsRefusedEvenWithTheRightCode() {
        TestWorld.Agency agency = TestWorld.agency("临沂限流测试有限公司");
        String code = (String) TestWorld.submit(ComplaintLifecycleTest.complaint(agency)).get("receiptCode");
        String wrong = code.charAt(0) == '0' ? "1" + code.substring(1) : "0" + code.substring(1);
        int free = config.receipt().freeFailures();
        for (int i = 0; i < free; i++) {
            ComplaintLifecycleTest.followUp(wrong).then().statusCode(404);
        }
        // A malformed code counts and answers like an unknown one.
        ComplaintLifecycleTest.followUp("12345").then().statusCode(404);
        // Now blocked for base-delay: even the right code waits, and the problem says how long.
        ComplaintLifecycleTest.followUp(code).then().statusCode(429)
                .body("retryAfterSeconds", greaterThan(0)).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("receiptCode", code, "body", "补充材料"))
                .post("/api/v1/public/follow-up/messages").then().statusCode(429);
    }

    @Test
    void withoutATrustedProxyAForwardedForHeaderIsIgnoredSoAClientCannotPickItsOwnCounter() {
        String wrong = "0000000000000001";
        int free = config.receipt().freeFailures();
        // free-failures wrong codes cost nothing; the next one blocks the source.
        for (int i = 0; i <= free; i++) {
            given().header("X-Forwarded-For", "198.51.100." + (i + 1)).header("Forwarded", "for=198.51.100." + (i + 1))
                    .contentType("application/json").body(Map.of("receiptCode", wrong))
                    .post("/api/v1/public/follow-up").then().statusCode(404);
        }
        // Every attempt counted against the peer (127.0.0.1), whatever the headers said.
        given().header("X-Forwarded-For", "203.0.113.77").contentType("application/json").body(Map.of("receiptCode", wrong))
                .post("/api/v1/public/follow-up").then().statusCode(429);
    }

    @Test
    void delaysGrowAndGuessingAValidCodeIsInfeasibleAtTheConfiguredLimits() {
        ComplaintConfig.Receipt r = config.receipt();
        assertEquals(Duration.ZERO, CodeThrottle.delayAfter(r.freeFailures(), r.freeFailures(), r.baseDelay(), r.maxDelay()));
        assertEquals(r.baseDelay(), CodeThrottle.delayAfter(r.freeFailures() + 1, r.freeFailures(), r.baseDelay(), r.maxDelay()));
        assertEquals(r.baseDelay().multipliedBy(4), CodeThrottle.delayAfter(r.freeFailures() + 3, r.freeFailures(), r.baseDelay(), r.maxDelay()));
        assertEquals(r.maxDelay(), CodeThrottle.delayAfter(200, r.freeFailures(), r.baseDelay(), r.maxDelay()));

        // Most guesses one source can make in a year: the better of guessing as fast as allowed, and bursting then
        // waiting forget-after for the failures to be forgotten (then bursting again).
        Duration year = Duration.ofDays(365);
        long steady = guesses(year, r, false);
        long bursts = guesses(year, r, true);
        long perSource = Math.max(steady, bursts);
        // Attacker: 100,000 sources (IPv4 addresses, or IPv6 /64 prefixes — a /64 counts as one); the service
        // holding 100,000 live codes among 10^16 (cases are purged after the retention period; Linyi's volume is far
        // below 30,000 complaints a year).
        double sources = 1e5;
        double liveCodes = 1e5;
        double space = Math.pow(10, ReceiptCodes.DIGITS);
        double expectedHits = perSource * sources * liveCodes / space;
        System.out.printf("receipt-code guessing: %d guesses/source/year (steady %d, bursts %d); expected hits/year with"
                + " %.0e sources and %.0e live codes: %.2e%n", perSource, steady, bursts, sources, liveCodes, expectedHits);
        assertTrue(perSource < 1_000, "a source gets fewer than 1,000 guesses a year: " + perSource);
        assertTrue(expectedHits < 1e-3, "expected successful guesses per year below 1/1000: " + expectedHits);
    }

    /** Simulates one source guessing wrong for {@code horizon}, as the throttle lets it. */
    static long guesses(Duration horizon, ComplaintConfig.Receipt r, boolean waitToBeForgotten) {
        long now = 0;
        long end = horizon.toSeconds();
        long count = 0;
        int failures = 0;
        long lastFailure = Long.MIN_VALUE / 2;
        while (now <= end) {
            if (now - lastFailure > r.forgetAfter().toSeconds()) {
                failures = 0;
            }
            failures++;
            count++;
            lastFailure = now;
            long delay = CodeThrottle.delayAfter(failures, r.freeFailures(), r.baseDelay(), r.maxDelay()).toSeconds();
            if (waitToBeForgotten && delay >= r.maxDelay().toSeconds()) {
                now += r.forgetAfter().toSeconds() + 1;
            } else {
                now += Math.max(delay, 1);
            }
        }
        return count;
    }
}
