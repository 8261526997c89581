package cn.safetysupervision.compliance;

import cn.safetysupervision.compliance.domain.ComplianceFacts;
import cn.safetysupervision.events.contract.ClientV1;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.ContractSignedV1;
import cn.safetysupervision.events.contract.FeeItemV1;
import cn.safetysupervision.events.contract.StaffMemberV1;
import cn.safetysupervision.events.registry.BusinessScopeEntryV1;
import cn.safetysupervision.events.registry.CommitmentSignedV1;
import cn.safetysupervision.events.registry.EmploymentStartedV1;
import cn.safetysupervision.events.registry.QualificationGrantedV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.TestIdentifiers;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/** Registry and contract facts for rule tests, produced as their owners would publish them. */
final class Scenario {

    static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    static final LocalDate SIGNED = LocalDate.of(2026, 11, 20);

    private Scenario() {
    }

    /** Waits until the projections show what was produced on another topic (topics are not ordered together). */
    static void awaitProjected(Supplier<Boolean> condition) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(condition::get));
    }

    /** A count from this service's own tables (projections are not exposed by the API). */
    static long countRows(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container()
                .instance(jakarta.persistence.EntityManager.class).get().createNativeQuery(sql).getSingleResult()).longValue());
    }

    static ComplianceFacts facts() {
        return Arc.container().instance(ComplianceFacts.class).get();
    }

    static UUID qualification(UUID agencyId, String serviceType, String industry, LocalDate validTo) {
        UUID id = UUID.randomUUID();
        Events.produce(RegistryEvents.QUALIFICATION_GRANTED_V1, id, new QualificationGrantedV1(id,
                "APJ-(鲁)-" + id.toString().substring(0, 6), agencyId, TestIdentifiers.creditCode(), "机构", serviceType,
                List.of(new BusinessScopeEntryV1(serviceType, industry)), "山东省应急管理厅",
                LocalDate.of(2024, 1, 1), validTo, "VALID", "clerk", NOW));
        return id;
    }

    static void commitment(UUID agencyId) {
        Events.produce(RegistryEvents.AGENCY_COMMITMENT_SIGNED_V1, agencyId, new CommitmentSignedV1(agencyId,
                TestIdentifiers.creditCode(), "机构", UUID.randomUUID(), "王建国", "总经理", LocalDate.of(2026, 1, 5),
                "a".repeat(64), "2023", "clerk", NOW));
    }

    static UUID employee(UUID agencyId, String name) {
        UUID practitionerId = UUID.randomUUID();
        Events.produce(RegistryEvents.PRACTITIONER_EMPLOYMENT_STARTED_V1, practitionerId, new EmploymentStartedV1(
                UUID.randomUUID(), practitionerId, name, "hash-" + practitionerId, agencyId, TestIdentifiers.creditCode(),
                "机构", "FULL_TIME", LocalDate.of(2025, 1, 1), null, "clerk", NOW));
        return practitionerId;
    }

    /** A fully prepared agency: valid qualification for EVALUATION in the industry, commitment, two employees. */
    record Agency(UUID id, String industry, UUID lead, UUID member) {
    }

    static Agency preparedAgency(String name, String industry) {
        UUID agencyId = TestAgencies.registered(name);
        qualification(agencyId, "EVALUATION", industry, LocalDate.of(2028, 12, 31));
        commitment(agencyId);
        UUID lead = employee(agencyId, "张工");
        UUID member = employee(agencyId, "刘工");
        awaitProjected(() -> facts().qualifications(agencyId).size() == 1
                && facts().commitmentSigned(agencyId, SIGNED)
                && facts().employedAt(lead, agencyId, SIGNED) && facts().employedAt(member, agencyId, SIGNED));
        return new Agency(agencyId, industry, lead, member);
    }

    static StaffMemberV1 staff(UUID practitionerId, String role, String specialty) {
        return new StaffMemberV1(role, practitionerId, "人员" + practitionerId.toString().substring(0, 4), UUID.randomUUID(),
                "SAFETY_ASSESSOR", "S-" + practitionerId.toString().substring(0, 8), specialty, "FULL_TIME");
    }

    static ContractSignedV1 contract(UUID contractId, UUID agencyId, String clientCode, String industry,
                                     String serviceType, String fee, boolean siteWork, List<StaffMemberV1> staffing) {
        return new ContractSignedV1(contractId, agencyId, "HT-" + contractId.toString().substring(0, 8),
                new ClientV1("委托单位" + clientCode.substring(10), clientCode, industry, "山东省临沂市"), serviceType,
                "安全现状评价", List.of(new FeeItemV1("评价费", new BigDecimal(fee))), new BigDecimal(fee), SIGNED,
                siteWork, siteWork ? SIGNED.plusDays(10) : null, siteWork ? SIGNED.plusDays(3) : null,
                SIGNED.plusDays(60), null, staffing, List.of(), "agency-user", NOW);
    }

    static String sign(ContractSignedV1 contract) {
        return Events.produce(ContractEvents.SIGNED_V1, contract.contractId(), contract);
    }
}
