package cn.safetysupervision.dashboard;

import cn.safetysupervision.events.EventType;
import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.events.compliance.ViolationFlaggedV1;
import cn.safetysupervision.events.registry.AgencyRegisteredV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.KafkaBrokerResource;
import cn.safetysupervision.testkit.RawRecords;
import cn.safetysupervision.testkit.TestIdentifiers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes CloudEvents to the test broker as the owning services would: contract payload records, binary mode. */
final class Events {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Events() {
    }

    /** @return the event id */
    static <T> String produce(EventType<T> type, Object key, T payload) {
        return produceRaw(type.topic().name(), type.type(), String.valueOf(key), payload);
    }

    /** A type the event contract of this build does not have (published by a service added later). */
    static String produceRaw(String topic, String type, String subject, Object payload) {
        String id = RawRecords.newEventId();
        try {
            RawRecords.produceCloudEvent(KafkaBrokerResource.bootstrapServers(), topic, id, type, subject,
                    JSON.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    static UUID registerAgency(String name, String address) {
        UUID agencyId = UUID.randomUUID();
        produce(RegistryEvents.AGENCY_REGISTERED_V1, agencyId, new AgencyRegisteredV1(agencyId,
                TestIdentifiers.creditCode(), name, "张三", address, "ACTIVE", Instant.now()));
        return agencyId;
    }

    /** An automatic finding (a suspicion) as compliance-service publishes it. */
    static UUID flag(UUID agencyId, String ruleId, List<String> triggering) {
        UUID findingId = UUID.randomUUID();
        produce(ComplianceEvents.VIOLATION_FLAGGED_V1, findingId, new ViolationFlaggedV1(findingId, agencyId, "AGENCY",
                agencyId, ruleId, 1, "第十四条第（三）项", "MAJOR", "超出资质范围执业", "AUTOMATIC", triggering,
                Map.of("合同金额", "12000"), "system", Instant.now(), "SUSPECTED",
                java.time.LocalDate.now().plusDays(14)));
        return findingId;
    }
}
