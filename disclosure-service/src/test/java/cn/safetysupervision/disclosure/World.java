package cn.safetysupervision.disclosure;

import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.events.compliance.CreditGradeChangedV1;
import cn.safetysupervision.events.compliance.DishonestyListingStartedV1;
import cn.safetysupervision.events.compliance.PenaltyDecidedV1;
import cn.safetysupervision.events.contract.ClientV1;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.ContractSignedV1;
import cn.safetysupervision.events.contract.EvidenceArchivedV1;
import cn.safetysupervision.events.contract.FeeItemV1;
import cn.safetysupervision.events.contract.ReportSubmittedV1;
import cn.safetysupervision.events.contract.SignatoryV1;
import cn.safetysupervision.events.contract.StaffMemberV1;
import cn.safetysupervision.events.registry.AgencyRegisteredV1;
import cn.safetysupervision.events.registry.BusinessScopeEntryV1;
import cn.safetysupervision.events.registry.EmploymentStartedV1;
import cn.safetysupervision.events.registry.PractitionerRegisteredV1;
import cn.safetysupervision.events.registry.QualificationGrantedV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.TestIdentifiers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * One agency's upstream world as events: registry facts, two contracts (one with a confidential client name and
 * summary), evidence, two submitted reports (one to publish, one never published), a penalty, a listing. Every
 * confidential field and personal datum carries a unique marker that must never appear in anything public.
 */
final class World {

    /** Markers planted upstream in what must never be published. */
    final List<String> markers = new ArrayList<>();

    final UUID agencyId = UUID.randomUUID();
    final String agencyName = "临沂安评检测" + shortId() + "有限公司";
    final String creditCode = TestIdentifiers.creditCode();
    final UUID grantedId = UUID.randomUUID();
    final String grantedNumber = "APJ-(鲁)-" + shortId();
    final UUID declaredId = UUID.randomUUID();
    final String declaredNumber = "DECL-" + shortId();
    final UUID publicContractId = UUID.randomUUID();
    final UUID secretContractId = UUID.randomUUID();
    final UUID reportId = UUID.randomUUID();
    final String reportNumber = "LYAP-" + shortId();
    final UUID secretReportId = UUID.randomUUID();
    final String secretReportNumber = "LYAP-S" + shortId();
    final UUID unpublishedReportId = UUID.randomUUID();
    final String unpublishedReportNumber = "LYAP-U" + shortId();
    final UUID imageId = UUID.randomUUID();
    /** The bytes of the first site image, whose real SHA-256 the evidence event carries (for the file check). */
    final byte[] imageBytes = ("现场照片-" + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    final String imageSha256 = sha256(imageBytes);
    final UUID secondImageId = UUID.randomUUID();
    final UUID secretImageId = UUID.randomUUID();
    final UUID pdfId = UUID.randomUUID();
    final UUID penaltyId = UUID.randomUUID();
    final String penaltyNumber = "临应急罚〔2026〕" + (100 + (int) (Math.random() * 800)) + "号";
    final String clientName = "沂河化工" + shortId() + "有限公司";
    final String teamLead = "王" + shortId().substring(0, 2);

    private World() {
    }

    static World create() {
        World w = new World();
        w.produce();
        return w;
    }

    private String mark(String what) {
        String m = "MARK" + what + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        markers.add(m);
        return m;
    }

    private void produce() {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Upstream.produce(RegistryEvents.AGENCY_REGISTERED_V1, agencyId, new AgencyRegisteredV1(agencyId, creditCode,
                        agencyName, "张三", "山东省临沂市兰山区金雀山路" + shortId() + "号", "ACTIVE", now),
                // A field this service does not know (a phone number) must be ignored, not passed on.
                Map.of("contactPhone", "139" + mark("PHONE")));

        List<BusinessScopeEntryV1> scope = List.of(new BusinessScopeEntryV1("EVALUATION", "危险化学品"));
        Upstream.produce(RegistryEvents.QUALIFICATION_GRANTED_V1, grantedId, new QualificationGrantedV1(grantedId,
                grantedNumber, agencyId, creditCode, agencyName, "SAFETY_EVALUATION", scope, "山东省应急管理厅",
                today.minusYears(1), today.plusYears(4), "ACTIVE", "regulator-officer", now.minusSeconds(86400L * 400)));
        // A certificate the agency only declared: 待核验, never valid.
        Upstream.produce("registry.qualification", "cn.safetysupervision.registry.qualification.declared.v1", declaredId,
                new QualificationGrantedV1(declaredId, declaredNumber, agencyId, creditCode, agencyName,
                        "TESTING_INSPECTION", scope, "山东省应急管理厅", today.minusYears(1), today.plusYears(4), "ACTIVE",
                        "agency-" + agencyId, now), Map.of());

        for (int i = 0; i < 3; i++) {
            UUID practitionerId = UUID.randomUUID();
            Upstream.produce(RegistryEvents.PRACTITIONER_REGISTERED_V1, practitionerId, new PractitionerRegisteredV1(
                    practitionerId, "李" + i, mark("IDHASH"), "3713**********" + mark("IDMASK"), "M", "agency", now));
            Upstream.produce(RegistryEvents.PRACTITIONER_EMPLOYMENT_STARTED_V1, practitionerId, new EmploymentStartedV1(
                    UUID.randomUUID(), practitionerId, "李" + i, mark("IDHASH"), agencyId, creditCode, agencyName,
                    i < 2 ? "FULL_TIME" : "PART_TIME", today.minusYears(2), null, "agency", now));
        }

        contract(publicContractId, clientName, List.of("client.address", "scope", "feeItems"));
        contract(secretContractId, mark("CLIENTNAME"), List.of("client.name", "summary", "client.address"));

        evidence(publicContractId, imageId, imageSha256, "image/jpeg");
        evidence(publicContractId, secondImageId, sha(2), "image/png");
        evidence(publicContractId, pdfId, sha(3), "application/pdf");
        evidence(secretContractId, secretImageId, sha(4), "image/jpeg");

        report(reportId, publicContractId, reportNumber, "危险化学品安全现状评价结论：总体符合安全要求。", teamLead, today.plusDays(20));
        report(secretReportId, secretContractId, secretReportNumber, mark("SUMMARY"), "赵六", today.plusDays(20));
        report(unpublishedReportId, secretContractId, unpublishedReportNumber, mark("UNPUBSUMMARY"), mark("UNPUBNAME"),
                today.plusDays(20));

        Upstream.produce(ComplianceEvents.PENALTY_DECIDED_V1, agencyId, new PenaltyDecidedV1(penaltyId, agencyId,
                penaltyNumber, today.minusDays(3), "《安全生产法》第九十二条", "罚款人民币五万元", null, "临沂市应急管理局", now));
        Upstream.produce(ComplianceEvents.CREDIT_GRADE_CHANGED_V1, agencyId, new CreditGradeChangedV1(agencyId, "BLUE",
                "ORANGE", 7, null, now));
        // A proposal is not a decision: not public.
        Upstream.produce("compliance.credit", "cn.safetysupervision.compliance.credit.dishonesty-listing-proposed.v1",
                agencyId, Map.of("agencyId", agencyId.toString(), "reason", mark("PROPOSAL")), Map.of());
        Upstream.produce("compliance.finding", "cn.safetysupervision.compliance.finding.flagged.v1", UUID.randomUUID(),
                Map.of("agencyId", agencyId.toString(), "status", "SUSPECTED", "summary", mark("SUSPECTED")), Map.of());
    }

    private void contract(UUID contractId, String client, List<String> confidential) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Upstream.produce(ContractEvents.SIGNED_V1, contractId, new ContractSignedV1(contractId, agencyId,
                mark("CONTRACTNO"), new ClientV1(client, mark("CLIENTCODE"), "危险化学品", "临沂市" + mark("ADDRESS")),
                "EVALUATION", "评价范围" + mark("SCOPE"),
                List.of(new FeeItemV1("评价费" + mark("FEEITEM"), new BigDecimal("98765.43"))),
                new BigDecimal("98765.43"), today.minusDays(30), true, today.minusDays(20), today.minusDays(25),
                today.plusDays(10), null,
                List.of(new StaffMemberV1("PROJECT_LEAD", UUID.randomUUID(), teamLead, UUID.randomUUID(),
                        "SAFETY_ASSESSOR", "PJ-001", "化工", "FULL_TIME")),
                confidential, "agency", Instant.now()));
        markers.add("98765.43");
    }

    private void evidence(UUID contractId, UUID evidenceId, String sha256, String mediaType) {
        Upstream.produce(ContractEvents.EVIDENCE_ARCHIVED_V1, contractId, new EvidenceArchivedV1(evidenceId, contractId,
                agencyId, null, mark("FILENAME") + ".jpg", mediaType, 1024, sha256,
                Instant.now().minusSeconds(86400L * 20), "agency", Instant.now()));
    }

    private void report(UUID id, UUID contractId, String number, String summary, String lead, LocalDate dueOn) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Upstream.produce(ContractEvents.REPORT_SUBMITTED_V1, contractId, new ReportSubmittedV1(id, contractId, agencyId,
                number, "安全现状评价报告", today.minusDays(2),
                List.of(new SignatoryV1(UUID.randomUUID(), lead, "TEAM_LEAD", "PJ-001")), summary, List.of(),
                "agency-" + agencyId, Instant.now(), dueOn));
    }

    /** Waits until every fact above is in the read model (the public API answers and the last report is there). */
    World awaitProjected() {
        await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                given().get("/api/public/agencies/" + agencyId).statusCode() == 200
                        && given().get("/api/public/verification?number=" + unpublishedReportNumber).jsonPath().getBoolean("exists")
                        && given().get("/api/public/agencies/" + agencyId).jsonPath().getList("certificates").size() == 2
                        && given().get("/api/public/agencies/" + agencyId).jsonPath().getList("sanctions").size() == 1
                        && given().get("/api/public/agencies/" + agencyId).jsonPath().getInt("staff.total") == 3);
        return this;
    }

    /** Produces every upstream event again with its ce_id (what a consumer sees after a rebalance). */
    void redeliverAll() {
        Upstream.SENT.forEach(Upstream.Sent::produce);
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha(int seed) {
        return String.format("%064x", new java.math.BigInteger(1, UUID.randomUUID().toString().getBytes())).substring(0, 63) + seed % 10;
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
