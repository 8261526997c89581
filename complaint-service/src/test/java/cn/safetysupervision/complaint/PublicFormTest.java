package cn.safetysupervision.complaint;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class PublicFormTest {

    @Test
    void theFormIsChineseWithTheHotlinesCategoriesAndClocks() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("lang=\"zh-CN\""))
                .body(containsString("市应急管理局 <strong>0539-12345</strong>"))
                .body(containsString("市安全生产协会 <strong>0539-8391308</strong>"))
                .body(containsString("<option value=\"ART14_7\">未到现场开展服务</option>"))
                .body(containsString("3 个工作日内决定是否受理"))
                .body(containsString("<label for=\"description\">"));
        given().get("/complaint.js").then().statusCode(200).body(containsString("/api/v1/public/complaints"));
    }
}
