package cn.safetysupervision.disclosure;

import cn.safetysupervision.disclosure.domain.OverdueSweep;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.ReportSubmittedV1;
import cn.safetysupervision.events.contract.SignatoryV1;
import cn.safetysupervision.events.disclosure.DisclosureEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DisclosureOverdueTest {

    @Inject
    OverdueSweep sweep;

    @Test
    void aReportNotPublishedByItsDueDateRaisesExactlyOneOverdueEventEvenWithConcurrentSweeps() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        UUID agencyId = UUID.randomUUID();
        UUID late = submit(agencyId, today.minusDays(1));
        UUID notYet = submit(agencyId, today.plusDays(1));
        String lateNumber = "OVD-" + late.toString().substring(0, 8);
        await().atMost(Duration.ofSeconds(60)).until(() -> given().queryParam("number", lateNumber)
                .get("/api/public/verification").jsonPath().getBoolean("exists")
                && given().queryParam("number", "OVD-" + notYet.toString().substring(0, 8))
                .get("/api/public/verification").jsonPath().getBoolean("exists"));

        // Two replicas sweeping at the same moment (and the scheduled sweep besides): one claim wins.
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> sweep.sweep(today));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> sweep.sweep(today));
        a.join();
        b.join();
        sweep.sweep(today);

        EventProbe probe = EventProbe.onTestBroker();
        ReceivedEvent event = probe.awaitEvent(DisclosureEvents.REPORT_TOPIC.name(),
                DisclosureEvents.REPORT_DISCLOSURE_OVERDUE_V1.type(), late.toString());
        assertEquals(lateNumber, event.data().get("reportNumber").asText());
        assertEquals(today.minusDays(1).toString(), event.data().get("disclosureDueOn").asText());
        List<ReceivedEvent> all = probe.readAll(DisclosureEvents.REPORT_TOPIC.name(), Duration.ofSeconds(5));
        assertEquals(1, all.stream().filter(e -> e.subject().equals(late.toString())
                && e.type().equals(DisclosureEvents.REPORT_DISCLOSURE_OVERDUE_V1.type())).count());
        assertEquals(0, all.stream().filter(e -> e.subject().equals(notYet.toString())).count());
    }

    private static UUID submit(UUID agencyId, LocalDate dueOn) {
        UUID reportId = UUID.randomUUID();
        UUID contractId = UUID.randomUUID();
        Upstream.produce(ContractEvents.REPORT_SUBMITTED_V1, contractId, new ReportSubmittedV1(reportId, contractId,
                agencyId, "OVD-" + reportId.toString().substring(0, 8), "安全现状评价报告", dueOn.minusDays(10),
                List.of(new SignatoryV1(UUID.randomUUID(), "周七", "TEAM_LEAD", "PJ-9")), "结论", List.of(), "agency",
                Instant.now(), dueOn));
        return reportId;
    }
}
