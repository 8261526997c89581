package cn.safetysupervision.systemtests;

import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * contract-service's overdue sweeper, packaged and run as processes: every missed deadline yields exactly one
 * overdue event on {@code contract.contract} — with two replicas sweeping one database every second, and after a
 * crash, when the restarted process catches up at start; starting it once more adds nothing.
 */
class ContractSweeperIT {

    private static final String TOPIC = ContractEvents.CONTRACT_TOPIC.name();
    /** The deadline kind (as the contract view names it) each overdue event type reports. */
    private static final Map<String, String> KIND_BY_TYPE = Map.of(
            ContractEvents.REPORT_OVERDUE_V1.type(), "REPORT",
            ContractEvents.RECTIFICATION_CONFIRMATION_OVERDUE_V1.type(), "RECTIFICATION_CONFIRMATION",
            ContractEvents.WRITTEN_NOTICE_OVERDUE_V1.type(), "WRITTEN_NOTICE",
            ContractEvents.FOLLOW_UP_OVERDUE_V1.type(), "FOLLOW_UP");
    /** Signed in 2025 with every due date in 2025: each contract misses three deadlines, whatever today is. */
    private static final LocalDate SIGNED = LocalDate.of(2025, 6, 2);
    /** No scheduled sweep within the test: only the sweep at start runs. */
    private static final String NO_SCHEDULED_SWEEP = "1h";

    @Test
    void twoReplicasSweepingOneDatabaseEmitOneOverdueEventPerMissedDeadline() {
        try (Suite suite = new Suite()) {
            RegistryFixture.Agency agency = RegistryFixture.agencyWithStaff(suite.kafka.bootstrapServers());
            // Both sweep every second in batches of three, so that their claims keep meeting on the same rows.
            ServiceProcess first = suite.service("contract-service")
                    .with("CONTRACT_SWEEP_INTERVAL", "1s").with("CONTRACT_SWEEP_BATCH_SIZE", "3");
            ServiceProcess second = suite.replicaOf(first);
            startTogether(first, second);

            // Deadlines missed while both sweep, recorded through either replica.
            List<String> contracts = new ArrayList<>();
            for (int i = 0; i < 14; i++) {
                contracts.add(signedPastDue(i % 2 == 0 ? first : second, agency, i));
            }
            Map<String, String> missed = missedDeadlines(first, contracts);

            EventProbe probe = new EventProbe(suite.kafka.bootstrapServers());
            probe.awaitEvents(TOPIC, overdueOf(contracts), missed.size(), Duration.ofSeconds(60));
            // Each replica sweeps at least three more times; then everything on the topic is read again.
            pause(Duration.ofSeconds(3));
            List<ReceivedEvent> overdue = probe.awaitEvents(TOPIC, overdueOf(contracts), missed.size(), Duration.ofSeconds(60));
            assertOneEventPerMissedDeadline(missed, overdue, agency);
            assertEquals(missed.size(), overdue.size(), "nothing crashed, so not even a redelivered copy");
        }
    }

    @Test
    void afterACrashTheSweeperCatchesUpAtStartOnceAndAStartAfterThatAddsNothing() {
        try (Suite suite = new Suite()) {
            RegistryFixture.Agency agency = RegistryFixture.agencyWithStaff(suite.kafka.bootstrapServers());
            ServiceProcess service = suite.service("contract-service")
                    .with("CONTRACT_SWEEP_INTERVAL", NO_SCHEDULED_SWEEP).start();
            List<String> contracts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                contracts.add(signedPastDue(service, agency, i));
            }
            Map<String, String> missed = missedDeadlines(service, contracts);
            // Missed, and no sweep has looked since they were recorded: what a service finds after being down
            // across the due dates.
            for (String contractId : contracts) {
                List<Object> reported = contract(service, contractId).path("deadlines.overdueEmittedAt");
                assertEquals(3, reported.size());
                reported.forEach(at -> assertNull(at, "nothing swept yet: " + contractId));
            }

            service.kill();
            service.start();

            EventProbe probe = new EventProbe(suite.kafka.bootstrapServers());
            List<ReceivedEvent> caughtUp = probe.awaitEvents(TOPIC, overdueOf(contracts), missed.size(),
                    Duration.ofSeconds(60));
            assertOneEventPerMissedDeadline(missed, caughtUp, agency);
            assertEquals(missed.size(), caughtUp.size(), "no copies: nothing crashed since these were written");

            service.kill();
            service.start();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().baseUri(service.baseUri()).when().get("/q/health/ready").then().statusCode(200));
            // The sweep at start runs during startup; give the relay time to publish anything it wrote.
            pause(Duration.ofSeconds(3));
            List<ReceivedEvent> afterAnotherStart = probe.awaitEvents(TOPIC, overdueOf(contracts), missed.size(),
                    Duration.ofSeconds(60));
            assertEquals(ids(caughtUp), ids(afterAnotherStart), "the start after that reports nothing again");
            assertOneEventPerMissedDeadline(missed, afterAnotherStart, agency);
        }
    }

    /**
     * Exactly one event per missed deadline: none missing, none doubled, none for a deadline that was not missed,
     * each carrying its own deadline id and due date. An event is its {@code ce_id}: the outbox publishes at least
     * once, so a crash between Kafka's acknowledgement and the outbox delete may put a copy with the same id on the
     * topic (consumers drop it); a second emission would have an id of its own.
     */
    private static void assertOneEventPerMissedDeadline(Map<String, String> missed, List<ReceivedEvent> events,
                                                        RegistryFixture.Agency agency) {
        Map<String, Set<String>> idsByDeadline = events.stream().collect(Collectors.groupingBy(
                ContractSweeperIT::deadlineKey, TreeMap::new, Collectors.mapping(ReceivedEvent::id, Collectors.toSet())));
        Map<String, Integer> doubled = new TreeMap<>();
        idsByDeadline.forEach((deadline, ids) -> {
            if (ids.size() != 1) {
                doubled.put(deadline, ids.size());
            }
        });
        assertEquals(Map.of(), doubled, "deadlines reported more than once");
        assertEquals(new TreeMap<>(missed).keySet(), idsByDeadline.keySet(), "every missed deadline reported, nothing else");
        for (ReceivedEvent event : events) {
            String deadline = deadlineKey(event);
            assertEquals(missed.get(deadline), event.data().path("dueDate").asText(), deadline);
            assertEquals(agency.agencyId().toString(), event.data().path("agencyId").asText(), deadline);
        }
        assertEquals(missed.size(), events.stream().map(e -> e.data().path("deadlineId").asText()).distinct().count(),
                "one deadline id per missed deadline");
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    /** Starts both at once, on threads of their own (the common pool has one thread on a two-core machine). */
    private static void startTogether(ServiceProcess a, ServiceProcess b) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture.allOf(CompletableFuture.runAsync(a::start, pool), CompletableFuture.runAsync(b::start, pool)).join();
        } finally {
            pool.shutdown();
        }
    }

    private static Predicate<ReceivedEvent> overdueOf(List<String> contracts) {
        Set<String> ids = new HashSet<>(contracts);
        return e -> KIND_BY_TYPE.containsKey(e.type()) && ids.contains(e.subject());
    }

    private static String deadlineKey(ReceivedEvent event) {
        return event.subject() + "/" + KIND_BY_TYPE.get(event.type());
    }

    private static Set<String> ids(List<ReceivedEvent> events) {
        return events.stream().map(ReceivedEvent::id).collect(Collectors.toCollection(TreeSet::new));
    }

    /** "contract id/KIND" → due date of every deadline of these contracts, as the service shows them; all missed. */
    private static Map<String, String> missedDeadlines(ServiceProcess service, List<String> contracts) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, String> missed = new TreeMap<>();
        for (String contractId : contracts) {
            List<Map<String, Object>> deadlines = contract(service, contractId).path("deadlines");
            assertEquals(3, deadlines.size(), "written notice, report, rectification confirmation: " + deadlines);
            for (Map<String, Object> deadline : deadlines) {
                LocalDate due = LocalDate.parse((String) deadline.get("dueDate"));
                assertTrue(due.isBefore(today), "missed: " + deadline);
                missed.put(contractId + "/" + deadline.get("kind"), due.toString());
            }
        }
        return missed;
    }

    private static Response contract(ServiceProcess service, String contractId) {
        Response response = given().baseUri(service.baseUri()).auth().oauth2(Tokens.regulator())
                .when().get("/api/v1/contracts/" + contractId);
        response.then().statusCode(200);
        return response;
    }

    /**
     * A contract signed in 2025 whose written notice, report and rectification confirmation were all due in 2025,
     * recorded now as the historical fact it is. The first draft waits for the registry projection (staff it does
     * not know yet are refused, and nothing is stored).
     */
    private static String signedPastDue(ServiceProcess service, RegistryFixture.Agency agency, int i) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("contractNumber", "HT-2025-" + UUID.randomUUID().toString().substring(0, 8));
        terms.put("client", Map.of("name", "临沂化工有限公司" + i, "creditCode", TestIdentifiers.creditCode(),
                "industry", "危险化学品", "address", "临沂市河东区化工园 8 号", "contact", "李四 0539-1234567"));
        terms.put("serviceType", "EVALUATION");
        terms.put("scope", "安全现状评价");
        terms.put("feeItems", List.of(Map.of("description", "评价服务", "amount", new BigDecimal("30000.00"))));
        terms.put("siteWorkRequired", true);
        terms.put("plannedSiteWorkDate", SIGNED.plusDays(14 + i).toString());
        terms.put("reportDue", Map.of("date", SIGNED.plusDays(28 + i).toString()));
        terms.put("rectificationConfirmationDue", Map.of("date", SIGNED.plusDays(60 + i).toString()));
        String[] roles = {"TECHNICAL_LEAD", "PROCESS_CONTROL_LEAD", "QUALITY_LEAD", "MEMBER"};
        List<Map<String, Object>> staffing = new ArrayList<>();
        for (int r = 0; r < roles.length; r++) {
            RegistryFixture.Staff staff = agency.staff().get(r);
            staffing.add(Map.of("role", roles[r], "practitionerId", staff.practitionerId().toString(),
                    "credentialId", staff.credentialId().toString()));
        }
        terms.put("staffing", staffing);

        String token = Tokens.agency(agency.agencyId());
        Response[] draft = new Response[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            draft[0] = given().baseUri(service.baseUri()).auth().oauth2(token).contentType("application/json")
                    .body(terms).when().post("/api/v1/contracts");
            return !staffUnknown(draft[0]);
        });
        draft[0].then().statusCode(201);
        String id = draft[0].path("id");
        // issue 14: a signing day this old is recorded by a regulator with a reason (an agency gets 422)
        given().baseUri(service.baseUri()).auth().oauth2(Tokens.regulator()).contentType("application/json")
                .header("If-Match", draft[0].header("ETag"))
                .body(Map.of("signedDate", SIGNED.toString(), "backdatingReason", "检查发现的纸质合同，补录"))
                .when().post("/api/v1/contracts/" + id + "/sign").then().statusCode(200);
        return id;
    }

    /** The registry's events have not all reached contract-service yet: the agency (403) or its staff (400). */
    private static boolean staffUnknown(Response draft) {
        if (draft.statusCode() == 403) {
            return true;
        }
        List<String> fields = draft.statusCode() == 400 ? draft.path("errors.field") : List.of();
        return fields != null && !fields.isEmpty() && fields.stream().allMatch(f -> f.startsWith("staffing"));
    }
}
