package cn.safetysupervision.contract;

import cn.safetysupervision.contract.persistence.RegistryAgency;
import cn.safetysupervision.contract.persistence.RegistryEmployment;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.KafkaBrokerResource;
import cn.safetysupervision.testkit.RawRecords;
import cn.safetysupervision.testkit.TestIdentifiers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class RegistryProjectionTest {

    @Test
    void statusChangesApplyAndARedeliveredOlderEventIsSkipped() {
        UUID agencyId = UUID.randomUUID();
        String code = TestIdentifiers.creditCode();
        String registeredId = RawRecords.newEventId();
        String registered = """
                {"agencyId":"%s","creditCode":"%s","name":"甲机构","legalRepresentative":"张三",
                 "registeredAddress":"临沂","status":"ACTIVE","registeredAt":"2026-11-28T08:00:00Z"}""".formatted(agencyId, code);
        String bootstrap = KafkaBrokerResource.bootstrapServers();
        RawRecords.produceCloudEvent(bootstrap, RegistryEvents.AGENCY_TOPIC.name(), registeredId,
                RegistryEvents.AGENCY_REGISTERED_V1.type(), agencyId.toString(), registered);
        RawRecords.produceCloudEvent(bootstrap, RegistryEvents.AGENCY_TOPIC.name(), RawRecords.newEventId(),
                RegistryEvents.AGENCY_STATUS_CHANGED_V1.type(), agencyId.toString(), """
                        {"agencyId":"%s","creditCode":"%s","agencyName":"甲机构","previousStatus":"ACTIVE","status":"SUSPENDED",
                         "reason":"整改","changedBy":"regulator","changedAt":"2026-11-28T09:00:00Z"}""".formatted(agencyId, code));
        // The registration redelivered with the same ce_id must not undo the suspension.
        RawRecords.produceCloudEvent(bootstrap, RegistryEvents.AGENCY_TOPIC.name(), registeredId,
                RegistryEvents.AGENCY_REGISTERED_V1.type(), agencyId.toString(), registered);
        String marker = UUID.randomUUID().toString();
        RawRecords.produceCloudEvent(bootstrap, RegistryEvents.AGENCY_TOPIC.name(), RawRecords.newEventId(),
                RegistryEvents.AGENCY_REGISTERED_V1.type(), marker, """
                        {"agencyId":"%s","creditCode":"%s","name":"乙机构","legalRepresentative":"李四",
                         "registeredAddress":"临沂","status":"ACTIVE","registeredAt":"2026-11-28T08:00:00Z"}"""
                        .formatted(marker, TestIdentifiers.creditCode()));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                RegistryAgency.findById(UUID.fromString(marker)) != null));
        assertEquals("SUSPENDED", QuarkusTransaction.requiringNew().call(() ->
                RegistryAgency.<RegistryAgency>findById(agencyId).status));
    }

    @Test
    void anEndedEmploymentNoLongerCountsForNewStaffing() {
        TestRegistry.Agency agency = TestRegistry.agencyWithStaff();
        TestRegistry.Staff leaver = agency.lead(0);
        UUID employmentId = QuarkusTransaction.requiringNew().call(() -> RegistryEmployment
                .<RegistryEmployment>find("practitionerId", leaver.practitionerId()).firstResult().id);
        RawRecords.produceCloudEvent(KafkaBrokerResource.bootstrapServers(), RegistryEvents.PRACTITIONER_TOPIC.name(),
                RawRecords.newEventId(), RegistryEvents.PRACTITIONER_EMPLOYMENT_ENDED_V1.type(), leaver.practitionerId().toString(), """
                        {"employmentId":"%s","practitionerId":"%s","practitionerName":"评价师0","idNumberHash":"h","agencyId":"%s",
                         "creditCode":"%s","agencyName":"x","employmentType":"FULL_TIME","employedFrom":"2024-01-01",
                         "employedTo":"2026-11-27","recordedBy":"agency","recordedAt":"2026-11-28T10:00:00Z"}"""
                        .formatted(employmentId, leaver.practitionerId(), agency.agencyId(), TestIdentifiers.creditCode()));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                RegistryEmployment.<RegistryEmployment>findById(employmentId).ended));
        Map<String, Object> terms = TestContracts.terms(agency, true);
        TestContracts.createDraft(agency, terms).then().statusCode(201)
                .body("staffing[0].practitionerId", equalTo(leaver.practitionerId().toString()))
                .body("staffing[0].employmentType", equalTo(null))
                .body("staffing[1].employmentType", equalTo("FULL_TIME"));
    }
}
