package cn.safetysupervision.registry;

import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Test data made through the API, as a client would. */
final class Fixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Fixtures() {
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A random 身份证 number with a correct GB 11643 check character. */
    static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(15000));
        String body = "371302" + birth.toString().replace("-", "") + String.format("%03d", r.nextInt(1000));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    static String withWrongCheck(String id) {
        char last = id.charAt(17);
        return id.substring(0, 17) + (last == '0' ? '1' : '0');
    }

    static Map<String, Object> agencyBody(String creditCode, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", creditCode);
        body.put("name", name);
        body.put("legalRepresentative", "王建国");
        body.put("registeredAddress", "山东省临沂市兰山区北京路 8 号");
        body.put("officeAddress", "山东省临沂市兰山区通达路 1 号");
        body.put("postcode", "276000");
        body.put("contactPerson", "李娜");
        body.put("contactPhone", "0539-8123456");
        body.put("email", "office@example.cn");
        body.put("licenceIssuer", "临沂市市场监督管理局");
        body.put("licenceIssuedOn", "2020-05-06");
        return body;
    }

    static String agency(String name) {
        return given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .body(agencyBody(TestIdentifiers.creditCode(), name))
                .when().post("/api/v1/agencies").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> qualificationBody(String number, LocalDate validTo, List<Map<String, String>> scope) {
        Map<String, Object> body = new HashMap<>();
        body.put("certificateNumber", number);
        body.put("qualificationType", "SAFETY_EVALUATION");
        body.put("businessScope", scope);
        body.put("issuer", "山东省应急管理厅");
        body.put("validFrom", today().minusYears(1).toString());
        body.put("validTo", validTo.toString());
        return body;
    }

    static List<Map<String, String>> evaluationScope() {
        return List.of(Map.of("serviceType", "EVALUATION", "industry", "危险化学品"));
    }

    static ValidatableResponse grant(String agencyId, String number, LocalDate validTo) {
        return given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .body(qualificationBody(number, validTo, evaluationScope()))
                .when().post("/api/v1/agencies/" + agencyId + "/qualifications").then();
    }

    static String certificateNumber() {
        return "APJ-(鲁)-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Name and 身份证 of the practitioners made here: an agency names a person by them (issue 14), not by id. */
    private static final Map<String, String[]> PEOPLE = new java.util.concurrent.ConcurrentHashMap<>();

    static String practitioner(String name, String idNumber) {
        String id = given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "idNumber", idNumber))
                .when().post("/api/v1/practitioners").then().statusCode(201).extract().path("id");
        PEOPLE.put(id, new String[]{name, idNumber});
        return id;
    }

    static void credential(String practitionerId, String type, String level, LocalDate validTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("credentialType", type);
        body.put("level", level);
        body.put("number", "C" + UUID.randomUUID().toString().substring(0, 12));
        body.put("issuer", "人力资源和社会保障部");
        if (type.equals("PROFESSIONAL_TITLE")) {
            body.put("titleName", "高级工程师");
        }
        if (validTo != null) {
            body.put("validTo", validTo.toString());
        }
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/practitioners/" + practitionerId + "/credentials").then().statusCode(201);
    }

    /** Employs a person: by 身份证 and name when this class made them (as an agency would), else by id. */
    static ValidatableResponse employ(String token, String agencyId, String practitionerId, String type, LocalDate from) {
        String[] person = PEOPLE.get(practitionerId);
        Map<String, Object> body = person == null
                ? Map.of("practitionerId", practitionerId, "employmentType", type, "employedFrom", from.toString())
                : Map.of("name", person[0], "idNumber", person[1], "employmentType", type, "employedFrom", from.toString());
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/agencies/" + agencyId + "/employments").then();
    }
}
