package cn.safetysupervision.complaint;

import cn.safetysupervision.events.complaint.ComplaintEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.KafkaBrokerResource;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plants a marker identity and looks for it everywhere an outsider could read: every API response except the one
 * deliberate, audited opening; every event on the topics the service writes (complaint.case) and its dead-letter
 * topic; problem responses to bad input that carries the marker; and the service's log file.
 */
@QuarkusTest
class ReporterProtectionTest {

    private static final String NAME = "标记人甲乙丙";
    private static final String PHONE = "13912345678";
    private static final String ID_NUMBER = "371302198001010017";

    private final List<String> responses = new ArrayList<>();

    private Response keep(Response response) {
        responses.add(response.asString() + " " + response.getHeaders());
        return response;
    }

    @Test
    void theMarkerIdentityAppearsOnlyInTheAuditedOpening() throws Exception {
        assertTrue(cn.safetysupervision.complaint.domain.IdentitiesAccess.valid(ID_NUMBER), "the marker is a valid ID number");
        TestWorld.Agency agency = TestWorld.agency("临沂保密测试评价有限公司");
        Map<String, Object> complaint = ComplaintLifecycleTest.complaint(agency);
        complaint.put("identity", Map.of("name", NAME, "phone", PHONE, "idNumber", ID_NUMBER, "consentToContact", true));

        // Bad input carrying the marker: the problems name the field, never the value.
        Map<String, Object> badPhone = new HashMap<>(complaint);
        badPhone.put("identity", Map.of("name", NAME, "phone", PHONE + "9", "idNumber", ID_NUMBER, "consentToContact", true));
        keep(given().contentType("application/json").body(badPhone).post("/api/v1/public/complaints")).then().statusCode(400);
        Map<String, Object> badId = new HashMap<>(complaint);
        badId.put("identity", Map.of("name", NAME, "phone", PHONE, "idNumber", ID_NUMBER.substring(0, 17) + "1", "consentToContact", true));
        keep(given().contentType("application/json").body(badId).post("/api/v1/public/complaints")).then().statusCode(400);
        keep(given().contentType("application/json")
                .body("{\"category\":\"ART14_7\",\"description\":\"" + NAME + PHONE + "\",\"identity\":{\"name\":\"" + NAME
                        + "\",\"phone\":" + PHONE + "x}}").post("/api/v1/public/complaints")).then().statusCode(400);
        keep(given().contentType("application/json")
                .body("{\"category\":\"" + NAME + "\",\"description\":\"" + ID_NUMBER + "\"}").post("/api/v1/public/complaints"))
                .then().statusCode(400);
        keep(given().contentType("application/json")
                .body("{\"category\":\"ART14_7\",\"description\":\"x\",\"identity\":{\"name\":\"" + NAME + "\",\"idNumber\":\""
                        + ID_NUMBER + "\",\"surplus\":\"" + PHONE + "\"}}").post("/api/v1/public/complaints")).then().statusCode(400);

        Response submitted = keep(given().contentType("application/json").body(complaint).post("/api/v1/public/complaints"));
        submitted.then().statusCode(201);
        String code = submitted.jsonPath().getString("receiptCode");
        String caseId = TestWorld.caseIdOf(code);

        keep(ComplaintLifecycleTest.followUp(code)).then().statusCode(200).body("identityOpenings", is(0));
        keep(given().auth().oauth2(Tokens.association()).get("/api/v1/cases")).then().statusCode(200);
        keep(given().auth().oauth2(Tokens.association()).get("/api/v1/cases/" + caseId)).then().statusCode(200)
                .body("identityOnFile", is(true)).body("anonymous", is(false));
        keep(given().auth().oauth2(Tokens.association()).contentType("application/json").body("{}")
                .post("/api/v1/cases/" + caseId + "/accept")).then().statusCode(200);

        // Opening: the association may not; a regulator only with a reason; each opening audited and counted.
        keep(given().auth().oauth2(Tokens.association()).contentType("application/json")
                .body(Map.of("reason", "需要联系举报人核实现场情况")).post("/api/v1/cases/" + caseId + "/identity-openings"))
                .then().statusCode(403);
        keep(given().auth().oauth2(Tokens.regulator()).contentType("application/json")
                .body(Map.of("reason", "")).post("/api/v1/cases/" + caseId + "/identity-openings")).then().statusCode(400);
        Response opened = given().auth().oauth2(Tokens.regulator()).contentType("application/json")
                .body(Map.of("reason", "需要联系举报人核实现场情况（举报人同意联系）")).post("/api/v1/cases/" + caseId + "/identity-openings");
        opened.then().statusCode(200).body("name", is(NAME)).body("phone", is(PHONE)).body("idNumber", is(ID_NUMBER))
                .body("openingsSoFar", is(1));
        keep(given().auth().oauth2(Tokens.regulator()).get("/api/v1/cases/" + caseId + "/identity-openings")).then()
                .statusCode(200).body("[0].reason", is("需要联系举报人核实现场情况（举报人同意联系）")).body("[0].openedBy", is("regulator-officer"));
        keep(ComplaintLifecycleTest.followUp(code)).then().statusCode(200).body("identityOpenings", is(1));

        keep(given().auth().oauth2(Tokens.regulator()).contentType("application/json")
                .body(Map.of("agencyVersion", "有群众反映贵单位未到现场开展评价，请说明情况。")).post("/api/v1/cases/" + caseId + "/statement-requests"))
                .then().statusCode(200);
        keep(given().auth().oauth2(Tokens.agency(agency.id())).get("/api/v1/agency/statement-requests")).then().statusCode(200);
        keep(given().auth().oauth2(Tokens.regulator()).contentType("application/json")
                .body(Map.of("outcome", "SUBSTANTIATED", "ruleId", "ART14-7", "summary", "经查属实：评价人员未到现场。"))
                .post("/api/v1/cases/" + caseId + "/outcome")).then().statusCode(200);
        keep(given().auth().oauth2(Tokens.regulator()).get("/api/v1/cases/" + caseId)).then().statusCode(200);
        keep(given().auth().oauth2(Tokens.regulator()).get("/api/v1/cases/" + caseId + "/audit")).then().statusCode(200);
        keep(given().get("/api/v1/public/info")).then().statusCode(200);
        keep(given().get("/")).then().statusCode(200);

        EventProbe.onTestBroker().awaitEvent(ComplaintEvents.CASE_TOPIC.name(), ComplaintEvents.SUBSTANTIATED_V1.type(), caseId);
        List<ReceivedEvent> events = EventProbe.onTestBroker().readAll(ComplaintEvents.CASE_TOPIC.name(), Duration.ofSeconds(2));
        assertTrue(events.stream().anyMatch(e -> e.subject().equals(caseId)), "the case's events were read");

        List<String> places = new ArrayList<>();
        responses.forEach(r -> places.add("response " + r));
        events.forEach(e -> places.add("event " + e.headers() + " " + e.data()));
        rawRecords(Set.of(ComplaintEvents.CASE_TOPIC.name(), "complaint-service.dlq")).forEach(r -> places.add("record " + r));
        Path log = Path.of("target/complaint-service-test.log");
        assertTrue(Files.exists(log), "the service's log file exists");
        places.add("log " + Files.readString(log, StandardCharsets.UTF_8));

        for (String place : places) {
            for (String marker : List.of(NAME, PHONE, ID_NUMBER, ID_NUMBER.substring(6, 14), code)) {
                if (marker.equals(code) && place.startsWith("response ") && place.contains("receiptCode")) {
                    continue; // the receipt itself shows the code, once
                }
                assertFalse(place.contains(marker), "marker '" + marker + "' leaked in: "
                        + place.substring(0, Math.min(300, place.length())));
            }
        }
        assertEquals(1, responses.stream().filter(r -> r.contains(code)).count(), "the code appears only in the receipt");
    }

    /** Every raw record (key, headers, value) on these topics, if they exist. */
    private static List<String> rawRecords(Set<String> topics) throws Exception {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers());
        Set<String> existing;
        try (Admin client = Admin.create(admin)) {
            existing = client.listTopics().names().get();
        }
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                if (existing.contains(topic)) {
                    consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long quietUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < quietUntil) {
                var records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, String> r : records) {
                    StringBuilder headers = new StringBuilder();
                    r.headers().forEach(h -> headers.append(h.key()).append('=').append(new String(h.value(), StandardCharsets.UTF_8)).append(' '));
                    out.add(r.topic() + " " + r.key() + " " + headers + r.value());
                    quietUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                }
            }
        }
        return out;
    }
}
