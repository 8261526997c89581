package cn.safetysupervision.testkit;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;

/**
 * Checks a running service's access rules from its own OpenAPI document (every service's tests run it): every
 * operation is called with no token, a token signed by another key, an expired token and a token of each role.
 * <ul>
 *   <li>without a valid token, only an operation the document declares public (no {@code security}) may answer
 *       other than 401;</li>
 *   <li>a role the operation does not list is refused (403; 404 is accepted where a resource hides itself);</li>
 *   <li>no call answers 5xx, and every 4xx is {@code application/problem+json};</li>
 *   <li>with {@link #agencyData}, agency B's token on every operation whose path names only agency A's ids gets
 *       404 on a read; a write never succeeds and answers as it does for ids that do not exist.</li>
 * </ul>
 * Path parameters not given are random UUIDs (a resource that does not exist).
 */
public final class ApiAccessCheck {

    private static final List<String> ROLES = List.of("regulator", "association", "agency");

    private final Map<String, String> agencyAParams = new LinkedHashMap<>();
    private UUID agencyB = UUID.randomUUID();
    private final Set<String> skipped = new HashSet<>();

    private ApiAccessCheck() {
    }

    /** The check for the service RestAssured points at (a {@code @QuarkusTest}). */
    public static ApiAccessCheck forRunningService() {
        return new ApiAccessCheck();
    }

    /** Path parameter values that name agency A's resources (e.g. {@code id} of A's contract, {@code agencyId} of A). */
    public ApiAccessCheck agencyData(Map<String, String> pathParameters) {
        agencyAParams.putAll(pathParameters);
        return this;
    }

    /** Operations ({@code "POST /api/v1/x"}) this check must not call, with the reason in the caller's comment. */
    public ApiAccessCheck skip(String... operations) {
        skipped.addAll(List.of(operations));
        return this;
    }

    /** Runs every call; returns what broke the rules (empty when none did). */
    public List<String> violations() {
        List<String> violations = new ArrayList<>();
        for (OpenApiOperations.Operation operation : OpenApiOperations.of(OpenApiOperations.document(), skipped)) {
            check(operation, violations);
        }
        return violations;
    }

    private void check(OpenApiOperations.Operation operation, List<String> violations) {
        String method = operation.method();
        boolean isPublic = operation.isPublic();
        Set<String> allowed = operation.roles();
        String url = operation.path(Map.of());
        Consumer<String> fail = message -> violations.add(operation.name() + ": " + message);

        Response anonymous = call(operation, url, null);
        judge(anonymous, fail, "no token");
        if (!isPublic && anonymous.statusCode() != 401) {
            fail.accept("no token answered " + anonymous.statusCode() + ", expected 401");
        }
        for (String[] bad : new String[][]{{"forged", Tokens.forgedRegulator()}, {"expired", Tokens.expiredRegulator()}}) {
            Response r = call(operation, url, bad[1]);
            judge(r, fail, bad[0] + " token");
            if (!isPublic && r.statusCode() != 401) {
                fail.accept("a " + bad[0] + " token answered " + r.statusCode() + ", expected 401");
            }
        }
        for (String role : ROLES) {
            String token = role.equals("agency") ? Tokens.agency(agencyB) : Tokens.token(role + "-officer", role, null);
            Response r = call(operation, url, token);
            judge(r, fail, role + " token");
            if (!isPublic && !allowed.isEmpty() && !allowed.contains(role)
                    && r.statusCode() != 403 && r.statusCode() != 404) {
                fail.accept("role " + role + " is not declared but got " + r.statusCode());
            }
        }
        Response noAgency = call(operation, url, Tokens.agencyWithClaim("not-a-uuid"));
        judge(noAgency, fail, "agency token without a UUID agency_id");
        if (!isPublic && noAgency.statusCode() != 403) {
            fail.accept("an agency token without a UUID agency_id answered " + noAgency.statusCode() + ", expected 403");
        }
        List<String> params = operation.pathParameters();
        if (!agencyAParams.isEmpty() && !params.isEmpty() && agencyAParams.keySet().containsAll(params) && !isPublic
                && (allowed.isEmpty() || allowed.contains("agency"))) {
            Response r = call(operation, operation.path(agencyAParams), Tokens.agency(agencyB));
            judge(r, fail, "agency B on A's data");
            // A read is 404; a write must not succeed and must answer exactly as for ids that do not exist (a
            // body refused as invalid is refused for any id), so B learns nothing about A's data.
            int absent = call(operation, operation.path(Map.of()), Tokens.agency(agencyB)).statusCode();
            boolean ok = method.equals("GET") ? r.statusCode() == 404 : r.statusCode() >= 400 && r.statusCode() == absent;
            if (!ok) {
                fail.accept("agency B on agency A's " + agencyAParams + " answered " + r.statusCode()
                        + (method.equals("GET") ? ", expected 404" : ", for ids that do not exist " + absent));
            }
        }
    }

    private static void judge(Response r, Consumer<String> fail, String what) {
        int status = r.statusCode();
        if (status >= 500) {
            fail.accept(what + " answered " + status + ": " + abbreviate(r.asString()));
        } else if (status >= 400 && !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            fail.accept(what + " answered " + status + " without a problem response (content type " + r.contentType() + ")");
        }
    }

    /** A call with a body of the media type the operation consumes, so that only the token decides. */
    private static Response call(OpenApiOperations.Operation operation, String url, String token) {
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        String method = operation.method();
        if (!method.equals("GET") && !method.equals("DELETE")) {
            String type = operation.bodyMediaType();
            request = type.contains("json") ? request.contentType(type).body("{}")
                    : type.startsWith("multipart/") ? request.multiPart("file", "x.bin", new byte[]{1})
                    : request.contentType(type).body(new byte[]{1});
        }
        return request.request(method, url);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
