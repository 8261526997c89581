package cn.safetysupervision.contract;

import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ClientPackageTest {

    @Test
    void packageShowsAttachmentsFromTheProjectionAsJsonAndPrintableHtml() {
        TestRegistry.Agency agency = TestRegistry.agencyWithStaff();
        String id = TestContracts.signed(agency, TestContracts.terms(agency, true), "2026-12-01");
        given().auth().oauth2(Tokens.association()).accept("application/json")
                .get("/api/v1/contracts/" + id + "/client-package").then().statusCode(200)
                .body("attachment1.name", equalTo("临沂安评技术服务有限公司"))
                .body("attachment1.safetyAssessors", equalTo(4))
                .body("attachment1.qualifications", hasSize(1))
                .body("attachment2.signed", equalTo(false))
                .body("attachment3", hasSize(4))
                .body("attachment3[0].suitsClientIndustry", equalTo(true))
                .body("certificates", hasSize(4));
        given().auth().oauth2(Tokens.agency(agency.agencyId())).accept("text/html")
                .get("/api/v1/contracts/" + id + "/client-package").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("附件3 项目配备专业技术人员一览表"))
                .body(containsString("技术负责人"))
                .body(containsString(agency.lead(0).credentialNumber()))
                .body(not(containsString("<script")));
        given().auth().oauth2(Tokens.agency(UUID.randomUUID())).accept("text/html")
                .get("/api/v1/contracts/" + id + "/client-package").then().statusCode(404);
    }
}
