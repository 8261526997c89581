package cn.safetysupervision.registry;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.platform.events.OutboxRelay;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.problem.ProblemType;
import cn.safetysupervision.registry.domain.AgencyService;
import cn.safetysupervision.registry.domain.AgencyStatus;
import cn.safetysupervision.registry.persistence.Agency;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AgencyRegistrationTest {

    @Inject
    OutboxRelay relay;

    @Inject
    DataSource dataSource;

    @Inject
    AgencyService agencies;

    private static final String AGENCIES = "/api/v1/agencies";

    private static Map<String, Object> agency(String creditCode) {
        return Map.of(
                "creditCode", creditCode,
                "name", "临沂安信安全评价有限公司",
                "legalRepresentative", "王建国",
                "registeredAddress", "山东省临沂市兰山区北京路 8 号");
    }

    private static ValidatableResponse register(Object body) {
        return given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body(body)
                .when().post(AGENCIES).then();
    }

    private static long agenciesWithCode(String creditCode) {
        return QuarkusTransaction.requiringNew().call(() -> Agency.count("creditCode", creditCode));
    }

    @Test
    void registersAnAgencyAndPublishesAgencyRegistered() {
        String code = TestIdentifiers.creditCode();
        String id = register(agency(code))
                .statusCode(201)
                .header("Location", containsString(AGENCIES + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("creditCode", equalTo(code))
                .body("status", equalTo("ACTIVE"))
                .extract().path("id");

        given().auth().oauth2(Tokens.regulator()).when().get(AGENCIES + "/" + id)
                .then().statusCode(200).body("name", equalTo("临沂安信安全评价有限公司")).header("ETag", equalTo("\"0\""));

        ReceivedEvent event = EventProbe.onTestBroker()
                .awaitEvent(RegistryEvents.AGENCY_TOPIC.name(), RegistryEvents.AGENCY_REGISTERED_V1.type(), id);
        assertEquals(code, event.data().get("creditCode").asText());
        assertEquals("/agency-registry", event.source());
        assertEquals(id, event.key());
    }

    /**
     * Outside a transaction a registration commits on its own; inside one (bulk import, Idempotency-Key) it is part of
     * it, on the transaction's connection: Hibernate sees the agency before commit, and a rollback leaves none.
     */
    @Test
    void aRegistrationInATransactionThatRollsBackLeavesNoAgency() {
        String code = TestIdentifiers.creditCode();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            UUID id = agencies.register(code, "临沂安信安全评价有限公司", "王建国", "山东省临沂市兰山区北京路 8 号").id;
            assertTrue(Agency.findByIdOptional(id).isPresent(), "the transaction's own reads see the new agency");
            throw new IllegalStateException("the caller's transaction fails after the registration");
        }));
        assertEquals(0, agenciesWithCode(code));
    }

    /** In a transaction the one statement comes after the transaction's earlier, not yet flushed, changes. */
    @Test
    void aRegistrationInATransactionFollowsTheTransactionsPendingChanges() {
        String code = TestIdentifiers.creditCode();
        ProblemException refused = assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Agency pending = new Agency();
            pending.id = UUID.randomUUID();
            pending.creditCode = code;
            pending.name = "临沂安信安全评价有限公司";
            pending.legalRepresentative = "王建国";
            pending.registeredAddress = "山东省临沂市兰山区北京路 8 号";
            pending.status = AgencyStatus.ACTIVE;
            pending.registeredAt = pending.updatedAt = Instant.now();
            pending.persist();  // not flushed yet
            agencies.register(code, "另一家公司", "李四", "山东省临沂市罗庄区");
        }));
        assertEquals(ProblemType.CONFLICT, refused.type());
        assertEquals(0, agenciesWithCode(code));
    }

    /** The test profile vacuums after every 20 deleted outbox rows (outbox.relay.vacuum-every). */
    @Test
    void theOutboxRelayVacuumsTheOutboxTableAsItDeletesRows() {
        long before = outboxVacuums();
        for (int i = 0; i < 25; i++) {
            register(agency(TestIdentifiers.creditCode())).statusCode(201);
        }
        await("25 rows relayed and deleted: the outbox was vacuumed at least once").atMost(Duration.ofSeconds(30))
                .until(() -> outboxVacuums() > before);
    }

    /**
     * Vacuumed while empty, the outbox's statistics say "no rows"; a plan made from them must not scan the table
     * (per row of the batch, with the former {@code in (...)} statement), since the table may meanwhile hold many.
     */
    @Test
    void theRelaysBatchIsTakenByIndexAlsoWhenTheOutboxWasVacuumedEmpty() throws Exception {
        await("the outbox drained").atMost(Duration.ofSeconds(30)).until(() -> relay.pending() == 0);
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("vacuum outbox_event");
        }
        List<String> plan = QuarkusTransaction.requiringNew().call(() -> {
            var entityManager = Agency.getEntityManager();
            entityManager.createNativeQuery(OutboxRelay.LOCK_AND_SET_UP).setParameter(1, 42L).getSingleResult();
            @SuppressWarnings("unchecked")
            List<String> lines = entityManager.createNativeQuery("explain " + OutboxRelay.TAKE_OLDEST)
                    .setParameter(1, 500).getResultList();
            return lines;
        });
        assertTrue(plan.stream().noneMatch(line -> line.contains("Seq Scan")), String.join("\n", plan));
        assertTrue(plan.stream().anyMatch(line -> line.contains("outbox_event_pkey")), String.join("\n", plan));
    }

    private static long outboxVacuums() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Agency.getEntityManager().createNativeQuery(
                "select vacuum_count from pg_stat_user_tables where relname = 'outbox_event'").getSingleResult()).longValue());
    }

    @Test
    void rejectsAWrongCheckCharacterAndStoresNothing() {
        String code = TestIdentifiers.withWrongCheckCharacter(TestIdentifiers.creditCode());
        register(agency(code))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:safetysupervision:problem:validation"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem("creditCode"))
                .body("errors.message", hasItem(containsString("check character")));
        assertEquals(0, agenciesWithCode(code));
    }

    @Test
    void listsEveryInvalidFieldAtOnce() {
        register(Map.of("creditCode", "123", "name", "", "legalRepresentative", "王建国"))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("creditCode", "name", "registeredAddress")));
    }

    @Test
    void rejectsUnknownAndWronglyTypedFields() {
        Map<String, Object> unknown = new java.util.HashMap<>(agency(TestIdentifiers.creditCode()));
        unknown.put("rating", "AAA");
        register(unknown).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("rating")).body("errors[0].message", equalTo("unknown field"));

        Map<String, Object> wrongType = new java.util.HashMap<>(agency(TestIdentifiers.creditCode()));
        wrongType.put("name", 42);
        register(wrongType).statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void rejectsMalformedAndMissingBodies() {
        register("{\"creditCode\": ").statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:safetysupervision:problem:malformed-body"));
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .when().post(AGENCIES).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.association()).contentType(ContentType.TEXT).body("hello")
                .when().post(AGENCIES).then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aCreditCodeIsRegisteredOnce() {
        String code = TestIdentifiers.creditCode();
        String first = register(agency(code)).statusCode(201).extract().path("id");
        register(agency(code)).statusCode(409).contentType("application/problem+json")
                .body("existingAgencyId", equalTo(first));
        assertEquals(1, agenciesWithCode(code));
    }

    @Test
    void concurrentRegistrationsOfOneCodeCreateOneAgencyAndAnswerTheRestWith409() throws Exception {
        String code = TestIdentifiers.creditCode();
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(callers.submit(() -> register(agency(code)).extract()));
            }
            List<Integer> statuses = new ArrayList<>();
            String created = null;
            List<String> namedAsExisting = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                ExtractableResponse<Response> response = answer.get(30, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (response.statusCode() == 201) {
                    created = response.path("id");
                } else {
                    namedAsExisting.add(response.path("existingAgencyId"));
                }
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses " + statuses);
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
            for (String existing : namedAsExisting) {
                assertEquals(created, existing);
            }
            assertEquals(1, agenciesWithCode(code));
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aVerifiedTokenIsReusedOnlyVerbatimAndOnlyUntilItExpires() throws Exception {
        String shortLived = Tokens.token("association-short", "association", null, Duration.ofSeconds(2));
        given().auth().oauth2(shortLived).when().get(AGENCIES).then().statusCode(200);
        given().auth().oauth2(shortLived).when().get(AGENCIES).then().statusCode(200);
        int i = shortLived.length() - 20;
        String tampered = shortLived.substring(0, i) + (shortLived.charAt(i) == 'A' ? 'B' : 'A') + shortLived.substring(i + 1);
        given().auth().oauth2(tampered).when().get(AGENCIES).then().statusCode(401);
        Thread.sleep(4_000);
        given().auth().oauth2(shortLived).when().get(AGENCIES).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyCreatesOnce() {
        String code = TestIdentifiers.creditCode();
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(Tokens.association()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(agency(code))
                .when().post(AGENCIES).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.association()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(agency(code))
                .when().post(AGENCIES).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", containsString(first))
                .body("id", equalTo(first));
        assertEquals(1, agenciesWithCode(code));
        assertEquals(1, EventProbe.onTestBroker().awaitEvents(RegistryEvents.AGENCY_TOPIC.name(),
                e -> first.equals(e.subject()), 1, Duration.ofSeconds(20)).size());

        given().auth().oauth2(Tokens.association()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(agency(TestIdentifiers.creditCode()))
                .when().post(AGENCIES).then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void onlyAuthenticatedSupervisorsRegister() {
        given().contentType(ContentType.JSON).body(agency(TestIdentifiers.creditCode()))
                .when().post(AGENCIES).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.forgedRegulator()).contentType(ContentType.JSON).body(agency(TestIdentifiers.creditCode()))
                .when().post(AGENCIES).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.agency(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(agency(TestIdentifiers.creditCode()))
                .when().post(AGENCIES).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anAgencySeesItselfAndNoOtherAgency() {
        String own = register(agency(TestIdentifiers.creditCode())).statusCode(201).extract().path("id");
        String other = register(agency(TestIdentifiers.creditCode())).statusCode(201).extract().path("id");
        String token = Tokens.agency(UUID.fromString(own));
        given().auth().oauth2(token).when().get(AGENCIES + "/" + own).then().statusCode(200);
        given().auth().oauth2(token).when().get(AGENCIES + "/" + other).then().statusCode(404)
                .contentType("application/problem+json").body("detail", notNullValue());
    }

    @Test
    void unknownIdsAndPathsAreProblems() {
        given().auth().oauth2(Tokens.regulator()).when().get(AGENCIES + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.regulator()).when().get(AGENCIES + "/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.regulator()).when().delete(AGENCIES + "/" + UUID.randomUUID())
                .then().statusCode(405).contentType("application/problem+json");
    }
}
