package cn.safetysupervision.compliance;

import cn.safetysupervision.events.disclosure.DisclosureEvents;
import cn.safetysupervision.events.disclosure.ReportDisclosureOverdueV1;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DisclosureOverdueRuleTest {

    @Test
    void aDisclosureOverdueIsAnArt11FindingOnceEvenWhenRedelivered() {
        UUID agencyId = TestAgencies.registered("公开逾期机构");
        UUID reportId = UUID.randomUUID();
        ReportDisclosureOverdueV1 overdue = new ReportDisclosureOverdueV1(reportId, UUID.randomUUID(), agencyId,
                "BG-ART11", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9), Instant.now());
        String eventId = Events.produce(DisclosureEvents.REPORT_DISCLOSURE_OVERDUE_V1, reportId, overdue);
        JsonPath found = Events.awaitFindings(agencyId, "ART11-1");
        assertEquals("第十一条", found.getString("items[0].article"));
        assertEquals("BG-ART11", found.getString("items[0].facts.reportNumber"));
        Events.produce(DisclosureEvents.REPORT_DISCLOSURE_OVERDUE_V1, reportId, overdue, eventId);
        org.awaitility.Awaitility.await().pollDelay(java.time.Duration.ofSeconds(3)).until(() -> true);
        assertEquals(1, Events.findings(agencyId, "ART11-1").getInt("total"));
    }
}
