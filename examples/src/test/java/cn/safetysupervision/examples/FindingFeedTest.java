package cn.safetysupervision.examples;

import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.events.compliance.ViolationFlaggedV1;
import cn.safetysupervision.events.contract.ClientV1;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.ContractSignedV1;
import cn.safetysupervision.events.contract.FeeItemV1;
import cn.safetysupervision.testkit.KafkaBrokerResource;
import cn.safetysupervision.testkit.RawRecords;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example against a real broker, fed the records an integrator meets: good ones, redeliveries and bad ones. */
class FindingFeedTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String FINDINGS = ComplianceEvents.FINDING_TOPIC.name();
    private static final String CONTRACTS = ContractEvents.CONTRACT_TOPIC.name();

    private final String kafka = KafkaBrokerResource.bootstrapServers();

    @Test
    void printsEachViolationOnceSkipsBadRecordsAndCommitsWhatItHandled() throws Exception {
        UUID agency = UUID.randomUUID();
        ViolationFlaggedV1 flagged = flagged(agency, "ART14-2", "无有效资质从事安全评价");
        String flaggedId = RawRecords.newEventId();
        String flaggedType = ComplianceEvents.VIOLATION_FLAGGED_V1.type();
        produce(FINDINGS, flaggedId, flaggedType, flagged.findingId().toString(), JSON.writeValueAsString(flagged));
        // The same event again, as Kafka may redeliver it.
        produce(FINDINGS, flaggedId, flaggedType, flagged.findingId().toString(), JSON.writeValueAsString(flagged));
        // A newer producer's optional field that this artifact's schema does not know yet.
        ViolationFlaggedV1 newer = flagged(agency, "ART14-3", "超出资质范围从事技术服务");
        ObjectNode withExtra = JSON.valueToTree(newer);
        withExtra.put("reviewedBy", "某市应急管理局");
        produce(FINDINGS, RawRecords.newEventId(), flaggedType, newer.findingId().toString(), withExtra.toString());
        // Data that breaks the schema (no ruleId) and a record that is no CloudEvent at all.
        ObjectNode broken = JSON.valueToTree(flagged(agency, "ART14-5", "出具虚假报告"));
        broken.remove("ruleId");
        String brokenSubject = broken.get("findingId").asText();
        produce(FINDINGS, RawRecords.newEventId(), flaggedType, brokenSubject, broken.toString());
        RawRecords.produce(kafka, FINDINGS, "x", "{}".getBytes(StandardCharsets.UTF_8), Map.of("ce_specversion", "1.0"));
        // A contract signed, and a type this artifact does not know.
        ContractSignedV1 signed = signed(agency);
        produce(CONTRACTS, RawRecords.newEventId(), ContractEvents.SIGNED_V1.type(), signed.contractId().toString(),
                JSON.writeValueAsString(signed));
        produce(CONTRACTS, RawRecords.newEventId(), "cn.safetysupervision.contract.contract.future-thing.v1",
                signed.contractId().toString(), "{\"anything\":1}");

        Output first = run("integrator-test", 7);

        assertEquals(3, first.lines().size(), first.lines().toString());
        assertEquals(1, first.lines().stream().filter(l -> l.startsWith("【违规】") && l.contains("ART14-2")
                && l.contains("无有效资质从事安全评价") && l.contains(agency.toString())).count(), first.lines().toString());
        assertEquals(1, first.lines().stream().filter(l -> l.startsWith("【违规】") && l.contains("ART14-3")).count());
        assertEquals(1, first.lines().stream().filter(l -> l.startsWith("【合同签订】") && l.contains("LY-2026-001")).count());
        assertEquals(2, first.errors().size(), first.errors().toString());
        assertTrue(first.errors().stream().anyMatch(l -> l.contains("ruleId")), first.errors().toString());
        assertTrue(first.errors().stream().anyMatch(l -> l.contains("ce_id is missing")), first.errors().toString());

        // The same group again: everything was committed after handling, so nothing is read twice.
        Output again = run("integrator-test", 0);
        assertEquals(List.of(), again.lines());
        assertEquals(List.of(), again.errors());
    }

    private record Output(List<String> lines, List<String> errors) {
    }

    /** Polls until the expected number of records has been read (or, when 0 is expected, for a few seconds). */
    private Output run(String group, int expectedRecords) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (FindingFeed feed = new FindingFeed(kafka, group, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))) {
            int read = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(expectedRecords == 0 ? 5 : 60).toNanos();
            while (System.nanoTime() < deadline && (expectedRecords == 0 || read < expectedRecords)) {
                read += feed.pollOnce(Duration.ofMillis(500));
            }
            assertEquals(expectedRecords, read, "records polled");
        }
        return new Output(lines(out), lines(err));
    }

    private static List<String> lines(ByteArrayOutputStream stream) {
        String text = stream.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private void produce(String topic, String id, String type, String subject, String json) {
        RawRecords.produceCloudEvent(kafka, topic, id, type, subject, json);
    }

    private static ViolationFlaggedV1 flagged(UUID agency, String rule, String title) {
        UUID contract = UUID.randomUUID();
        return new ViolationFlaggedV1(UUID.randomUUID(), agency, "CONTRACT", contract, rule, 1, "第十四条",
                "SEVERE", title, "AUTOMATIC", List.of(UUID.randomUUID().toString()), Map.of("serviceType", "EVALUATION"),
                "system", Instant.parse("2026-12-02T02:30:00Z"), "SUSPECTED", LocalDate.of(2026, 12, 16));
    }

    private static ContractSignedV1 signed(UUID agency) {
        return new ContractSignedV1(UUID.randomUUID(), agency, "LY-2026-001",
                new ClientV1("临沂某化工有限公司", "91371300MA3C000001", "C26", "临沂市兰山区"), "EVALUATION",
                "安全现状评价", List.of(new FeeItemV1("安全现状评价", new BigDecimal("30000"))), new BigDecimal("30000"),
                LocalDate.of(2026, 12, 1), false, null, null, LocalDate.of(2027, 1, 15), null, List.of(), List.of(),
                "agency-user", Instant.parse("2026-12-01T08:00:00Z"));
    }
}
