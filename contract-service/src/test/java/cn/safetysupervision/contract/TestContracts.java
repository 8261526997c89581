package cn.safetysupervision.contract;

import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Request bodies and common steps for contract tests. */
final class TestContracts {

    private TestContracts() {
    }

    static Map<String, Object> terms(TestRegistry.Agency agency, boolean withLeads) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("contractNumber", "HT-" + UUID.randomUUID().toString().substring(0, 8));
        terms.put("client", new LinkedHashMap<>(Map.of("name", "临沂化工有限公司", "creditCode", TestIdentifiers.creditCode(),
                "industry", "危险化学品", "address", "临沂市河东区化工园 8 号", "contact", "李四 0539-1234567")));
        terms.put("serviceType", "EVALUATION");
        terms.put("scope", "安全现状评价");
        terms.put("feeItems", List.of(Map.of("description", "现场勘查", "amount", 12000.00),
                Map.of("description", "报告编制", "amount", 30000.50)));
        terms.put("feeTotal", 42000.50);
        terms.put("siteWorkRequired", true);
        terms.put("plannedSiteWorkDate", "2026-12-14");
        terms.put("reportDue", Map.of("workingDays", 20));
        terms.put("rectificationConfirmationDue", Map.of("date", "2027-03-31"));
        terms.put("confidentialFields", List.of("client.address", "feeItems"));
        List<Map<String, Object>> staffing = new ArrayList<>();
        String[] roles = withLeads
                ? new String[]{"TECHNICAL_LEAD", "PROCESS_CONTROL_LEAD", "QUALITY_LEAD", "MEMBER"}
                : new String[]{"TECHNICAL_LEAD", "MEMBER"};
        for (int i = 0; i < roles.length; i++) {
            TestRegistry.Staff s = agency.staff().get(i);
            staffing.add(Map.of("role", roles[i], "practitionerId", s.practitionerId().toString(),
                    "credentialId", s.credentialId().toString()));
        }
        terms.put("staffing", staffing);
        return terms;
    }

    static Response createDraft(TestRegistry.Agency agency, Map<String, Object> terms) {
        return given().auth().oauth2(Tokens.agency(agency.agencyId())).contentType("application/json").body(terms)
                .when().post("/api/v1/contracts");
    }

    /** A signed contract; returns its id. */
    static String signed(TestRegistry.Agency agency, Map<String, Object> terms, String signedDate) {
        Response draft = createDraft(agency, terms);
        draft.then().statusCode(201);
        String id = draft.path("id");
        given().auth().oauth2(Tokens.agency(agency.agencyId())).contentType("application/json")
                .header("If-Match", draft.header("ETag")).body(Map.of("signedDate", signedDate))
                .when().post("/api/v1/contracts/" + id + "/sign").then().statusCode(200);
        return id;
    }

    /**
     * A contract signed long ago, recorded by a regulator with the reason (issue 14: an agency may not type a
     * signing day older than the grace period).
     */
    static String signedLongAgo(TestRegistry.Agency agency, Map<String, Object> terms, String signedDate) {
        Response draft = createDraft(agency, terms);
        draft.then().statusCode(201);
        String id = draft.path("id");
        given().auth().oauth2(Tokens.regulator()).contentType("application/json")
                .header("If-Match", draft.header("ETag"))
                .body(Map.of("signedDate", signedDate, "backdatingReason", "检查发现的纸质合同，补录"))
                .when().post("/api/v1/contracts/" + id + "/sign").then().statusCode(200);
        return id;
    }

    static String etag(TestRegistry.Agency agency, String contractId) {
        return given().auth().oauth2(Tokens.agency(agency.agencyId())).when().get("/api/v1/contracts/" + contractId)
                .then().statusCode(200).extract().header("ETag");
    }
}
