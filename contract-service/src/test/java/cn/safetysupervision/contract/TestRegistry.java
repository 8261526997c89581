package cn.safetysupervision.contract;

import cn.safetysupervision.contract.persistence.RegistryAgency;
import cn.safetysupervision.contract.persistence.RegistryCredential;
import cn.safetysupervision.contract.persistence.RegistryEmployment;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.KafkaBrokerResource;
import cn.safetysupervision.testkit.RawRecords;
import cn.safetysupervision.testkit.TestIdentifiers;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Registry data made known to the service the way production does it: registry events through the broker. */
final class TestRegistry {

    /** A practitioner with one credential, employed full-time by an agency. */
    record Staff(UUID practitionerId, UUID credentialId, String credentialNumber) {
    }

    /** An agency with four staff: enough for the three leads and a member. */
    record Agency(UUID agencyId, List<Staff> staff) {
        Staff lead(int i) {
            return staff.get(i);
        }
    }

    private TestRegistry() {
    }

    static Agency agencyWithStaff() {
        UUID agencyId = UUID.randomUUID();
        String creditCode = TestIdentifiers.creditCode();
        produce(RegistryEvents.AGENCY_TOPIC.name(), RegistryEvents.AGENCY_REGISTERED_V1.type(), agencyId, """
                {"agencyId":"%s","creditCode":"%s","name":"临沂安评技术服务有限公司","legalRepresentative":"王建国",
                 "registeredAddress":"山东省临沂市兰山区","status":"ACTIVE","registeredAt":"2026-11-28T08:00:00Z"}"""
                .formatted(agencyId, creditCode));
        produce(RegistryEvents.QUALIFICATION_TOPIC.name(), RegistryEvents.QUALIFICATION_GRANTED_V1.type(), UUID.randomUUID(), """
                {"qualificationId":"%s","certificateNumber":"APJ-鲁-%s","agencyId":"%s","creditCode":"%s",
                 "agencyName":"临沂安评技术服务有限公司","qualificationType":"SAFETY_EVALUATION",
                 "businessScope":[{"serviceType":"EVALUATION","industry":"危险化学品"}],"issuer":"山东省应急管理厅",
                 "validFrom":"2024-01-01","validTo":"2028-12-31","status":"VALID","recordedBy":"regulator",
                 "recordedAt":"2026-11-28T08:00:00Z"}""".formatted(UUID.randomUUID(), agencyId.toString().substring(0, 8), agencyId, creditCode));
        List<Staff> staff = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            staff.add(employee(agencyId, creditCode, "评价师" + i));
        }
        List<UUID> credentials = staff.stream().map(Staff::credentialId).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                RegistryCredential.count("id in ?1", credentials) == credentials.size()
                        && RegistryEmployment.count("agencyId = ?1", agencyId) == credentials.size()
                        // the agency itself too: an agency this service does not know creates nothing
                        && RegistryAgency.count("id", agencyId) == 1));
        return new Agency(agencyId, staff);
    }

    static Staff employee(UUID agencyId, String creditCode, String name) {
        UUID practitionerId = UUID.randomUUID();
        UUID credentialId = UUID.randomUUID();
        String number = "SE" + credentialId.toString().substring(0, 8);
        produce(RegistryEvents.PRACTITIONER_TOPIC.name(), RegistryEvents.PRACTITIONER_REGISTERED_V2.type(), practitionerId, """
                {"practitionerId":"%s","practitionerName":"%s","idNumberMasked":"3713**********0011",
                 "gender":"MALE","registeredBy":"agency","registeredAt":"2026-11-28T08:00:00Z"}""".formatted(practitionerId, name));
        produce(RegistryEvents.PRACTITIONER_TOPIC.name(), RegistryEvents.PRACTITIONER_CREDENTIAL_ADDED_V2.type(), practitionerId, """
                {"credentialId":"%s","practitionerId":"%s","practitionerName":"%s",
                 "credentialType":"SAFETY_ASSESSOR","level":"SECOND","titleName":null,"specialty":"危险化学品",
                 "number":"%s","issuer":"人社部","validTo":null,"recordedBy":"agency","recordedAt":"2026-11-28T08:00:00Z"}"""
                .formatted(credentialId, practitionerId, name, number));
        produce(RegistryEvents.PRACTITIONER_TOPIC.name(), RegistryEvents.PRACTITIONER_EMPLOYMENT_STARTED_V2.type(), practitionerId, """
                {"employmentId":"%s","practitionerId":"%s","practitionerName":"%s","agencyId":"%s",
                 "creditCode":"%s","agencyName":"临沂安评技术服务有限公司","employmentType":"FULL_TIME",
                 "employedFrom":"2024-01-01","employedTo":null,"recordedBy":"agency","recordedAt":"2026-11-28T08:00:00Z"}"""
                .formatted(UUID.randomUUID(), practitionerId, name, agencyId, creditCode));
        return new Staff(practitionerId, credentialId, number);
    }

    private static void produce(String topic, String type, UUID subject, String data) {
        RawRecords.produceCloudEvent(KafkaBrokerResource.bootstrapServers(), topic, RawRecords.newEventId(), type,
                subject.toString(), data);
    }
}
