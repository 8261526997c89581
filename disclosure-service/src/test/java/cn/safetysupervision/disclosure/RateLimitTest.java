package cn.safetysupervision.disclosure;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(RateLimitTest.SmallBudget.class)
class RateLimitTest {

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("disclosure.rate-limit.requests-per-window", "5", "disclosure.rate-limit.window", "PT30S");
        }
    }

    @Test
    void overBudgetIsA429ProblemWithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            assertEquals(200, given().get("/api/public/ping").statusCode());
        }
        Response refused = given().get("/api/public/agencies");
        assertEquals(429, refused.statusCode());
        assertEquals("application/problem+json", refused.contentType());
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 30, "Retry-After " + retryAfter);
        assertEquals(429, given().get("/").statusCode());
        // Health and the agency endpoints are not counted.
        assertEquals(200, given().get("/q/health/live").statusCode());
    }
}
