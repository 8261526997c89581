package cn.safetysupervision.complaint;

import cn.safetysupervision.complaint.config.ComplaintConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Behind the city's reverse proxy (here: the test client's 127.0.0.1 is configured as trusted). */
@QuarkusTest
@TestProfile(TrustedProxyThrottleTest.BehindProxy.class)
class TrustedProxyThrottleTest {

    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("platform.http.trusted-proxies", "127.0.0.1,::1");
        }
    }

    private static final String WRONG = "0000000000000001";

    @Inject
    ComplaintConfig config;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void forgetSources() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from code_throttle").executeUpdate());
    }

    @Test
    void wrongCodesCountPerForwardedClientAndWhatTheClientPrependsChangesNothing() {
        // free-failures wrong codes cost nothing; the next one blocks the source.
        for (int i = 0; i <= config.receipt().freeFailures(); i++) {
            // The client writes its own X-Forwarded-For; the proxy appends the real peer (203.0.113.9) at the right.
            followUp("198.51.100." + (i + 1) + ", 203.0.113.9").then().statusCode(404);
        }
        followUp("203.0.113.9").then().statusCode(429).body("retryAfterSeconds", org.hamcrest.Matchers.greaterThan(0));
        followUp("6.6.6.6, 203.0.113.9").then().statusCode(429);
        // Another client behind the same proxy has its own counter.
        followUp("203.0.113.10").then().statusCode(404);
        // So does the proxy's own traffic (no header): it is not the blocked client.
        given().contentType("application/json").body(Map.of("receiptCode", WRONG))
                .post("/api/v1/public/follow-up").then().statusCode(404);
    }

    static io.restassured.response.Response followUp(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor).contentType("application/json")
                .body(Map.of("receiptCode", WRONG)).post("/api/v1/public/follow-up");
    }
}
