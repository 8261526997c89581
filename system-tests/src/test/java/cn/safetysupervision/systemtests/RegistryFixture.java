package cn.safetysupervision.systemtests;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.EventSchemas;
import cn.safetysupervision.testkit.RawRecords;
import cn.safetysupervision.testkit.TestIdentifiers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Registry facts published the way agency-registry publishes them (CloudEvents on its topics), for services that
 * keep a projection of the registry. Cheaper than running agency-registry when the registry is not under test;
 * every payload is checked against the published JSON Schema before it is produced.
 */
final class RegistryFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A practitioner with one credential, employed full-time by the agency. */
    record Staff(UUID practitionerId, UUID credentialId, String credentialNumber) {
    }

    /** An agency with a valid evaluation qualification and four staff: the three leads and a member. */
    record Agency(UUID agencyId, List<Staff> staff) {
    }

    private RegistryFixture() {
    }

    static Agency agencyWithStaff(String bootstrapServers) {
        UUID agencyId = UUID.randomUUID();
        String creditCode = TestIdentifiers.creditCode();
        produce(bootstrapServers, RegistryEvents.AGENCY_REGISTERED_V1.type(), RegistryEvents.AGENCY_TOPIC.name(), agencyId, """
                {"agencyId":"%s","creditCode":"%s","name":"临沂安评技术服务有限公司","legalRepresentative":"王建国",
                 "registeredAddress":"山东省临沂市兰山区","status":"ACTIVE","registeredAt":"2025-01-06T08:00:00Z"}"""
                .formatted(agencyId, creditCode));
        return staffOf(bootstrapServers, agencyId, creditCode);
    }

    /**
     * A valid evaluation qualification and four staff for an agency registered elsewhere (e.g. through
     * agency-registry's API), published the same way; for tests about what comes after the registry.
     */
    static Agency staffOf(String bootstrapServers, UUID agencyId, String creditCode) {
        UUID qualificationId = UUID.randomUUID();
        produce(bootstrapServers, RegistryEvents.QUALIFICATION_GRANTED_V1.type(), RegistryEvents.QUALIFICATION_TOPIC.name(),
                qualificationId, """
                {"qualificationId":"%s","certificateNumber":"APJ-鲁-%s","agencyId":"%s","creditCode":"%s",
                 "agencyName":"临沂安评技术服务有限公司","qualificationType":"SAFETY_EVALUATION",
                 "businessScope":[{"serviceType":"EVALUATION","industry":"危险化学品"}],"issuer":"山东省应急管理厅",
                 "validFrom":"2024-01-01","validTo":"2028-12-31","status":"VALID","recordedBy":"regulator",
                 "recordedAt":"2025-01-06T08:00:00Z"}"""
                        .formatted(qualificationId, agencyId.toString().substring(0, 8), agencyId, creditCode));
        List<Staff> staff = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            staff.add(employee(bootstrapServers, agencyId, creditCode, "评价师" + i));
        }
        return new Agency(agencyId, staff);
    }

    /**
     * The three leads and a member, employed full-time by an agency registered elsewhere (e.g. through
     * agency-registry), with no qualification: for tests that want a rule broken.
     */
    static List<Staff> employeesOf(String bootstrapServers, UUID agencyId, String creditCode) {
        List<Staff> staff = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            staff.add(employee(bootstrapServers, agencyId, creditCode, "检测员" + i));
        }
        return staff;
    }

    private static Staff employee(String bootstrapServers, UUID agencyId, String creditCode, String name) {
        UUID practitionerId = UUID.randomUUID();
        UUID credentialId = UUID.randomUUID();
        String number = "SE" + credentialId.toString().substring(0, 8);
        // Stands in for the registry's keyed hash of the 身份证 number: 64 hex digits, unique per practitioner.
        String idNumberHash = practitionerId.toString().replace("-", "").repeat(2);
        String topic = RegistryEvents.PRACTITIONER_TOPIC.name();
        produce(bootstrapServers, RegistryEvents.PRACTITIONER_REGISTERED_V1.type(), topic, practitionerId, """
                {"practitionerId":"%s","practitionerName":"%s","idNumberHash":"%s","idNumberMasked":"3713**********0011",
                 "gender":"MALE","registeredBy":"agency","registeredAt":"2025-01-06T08:00:00Z"}"""
                .formatted(practitionerId, name, idNumberHash));
        produce(bootstrapServers, RegistryEvents.PRACTITIONER_CREDENTIAL_ADDED_V1.type(), topic, practitionerId, """
                {"credentialId":"%s","practitionerId":"%s","practitionerName":"%s","idNumberHash":"%s",
                 "credentialType":"SAFETY_ASSESSOR","level":"SECOND","titleName":null,"specialty":"危险化学品",
                 "number":"%s","issuer":"人社部","validTo":null,"recordedBy":"agency","recordedAt":"2025-01-06T08:00:00Z"}"""
                .formatted(credentialId, practitionerId, name, idNumberHash, number));
        produce(bootstrapServers, RegistryEvents.PRACTITIONER_EMPLOYMENT_STARTED_V1.type(), topic, practitionerId, """
                {"employmentId":"%s","practitionerId":"%s","practitionerName":"%s","idNumberHash":"%s","agencyId":"%s",
                 "creditCode":"%s","agencyName":"临沂安评技术服务有限公司","employmentType":"FULL_TIME",
                 "employedFrom":"2024-01-01","employedTo":null,"recordedBy":"agency","recordedAt":"2025-01-06T08:00:00Z"}"""
                .formatted(UUID.randomUUID(), practitionerId, name, idNumberHash, agencyId, creditCode));
        return new Staff(practitionerId, credentialId, number);
    }

    private static void produce(String bootstrapServers, String type, String topic, UUID subject, String data) {
        List<String> problems;
        try {
            problems = EventSchemas.problems(type, JSON.readTree(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("fixture data of " + type + " is not JSON", e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("fixture data of " + type + " breaks the published schema: " + problems);
        }
        RawRecords.produceCloudEvent(bootstrapServers, topic, RawRecords.newEventId(), type, subject.toString(), data);
    }
}
