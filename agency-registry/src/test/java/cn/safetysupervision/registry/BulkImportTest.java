package cn.safetysupervision.registry;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.registry.persistence.Agency;
import cn.safetysupervision.registry.persistence.Credential;
import cn.safetysupervision.registry.persistence.Employment;
import cn.safetysupervision.registry.persistence.Practitioner;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class BulkImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static long agenciesNamedLike(String tag) {
        return QuarkusTransaction.requiringNew().call(() -> Agency.count("name like ?1", "%" + tag + "%"));
    }

    @Test
    void aCsvWithGoodAndBadRowsIsRejectedWholeListingEveryBadRow() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String good = TestIdentifiers.creditCode();
        String csv = "统一社会信用代码,机构名称,法定代表人,注册地址,邮政编码\n"
                + good + ",导入好" + tag + "公司,王一,临沂市兰山区,276000\n"
                + TestIdentifiers.withWrongCheckCharacter(TestIdentifiers.creditCode()) + ",导入坏" + tag + "公司,王二,临沂市,276000\n"
                + "\n"
                + good + ",\"导入重复," + tag + "公司\",,临沂市,2760\n";
        given().auth().oauth2(Tokens.association()).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports/agencies").then().statusCode(422).contentType("application/problem+json")
                .body("totalRows", equalTo(3))
                .body("rejectedRows", hasSize(2))
                .body("rejectedRows[0].row", equalTo(3))
                .body("rejectedRows[0].errors.field", equalTo(List.of("creditCode")))
                .body("rejectedRows[0].errors[0].message", containsString("check character"))
                .body("rejectedRows[1].row", equalTo(5))
                .body("rejectedRows[1].errors.field", equalTo(List.of("creditCode", "legalRepresentative", "postcode")))
                .body("rejectedRows[1].errors.message", hasItem("same code as row 2"));
        assertEquals(0, agenciesNamedLike(tag), "nothing imported");
    }

    @Test
    void aCleanCsvIsImportedWithAnEventPerAgency() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String csv = "\uFEFFcreditCode,name,legalRepresentative,registeredAddress,licenceIssuedOn\r\n"
                + TestIdentifiers.creditCode() + ",导入甲" + tag + "公司,王一,临沂市兰山区,2019-03-04\r\n"
                + TestIdentifiers.creditCode() + ",导入乙" + tag + "公司,王二,临沂市河东区,\r\n";
        List<String> ids = given().auth().oauth2(Tokens.association()).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports/agencies").then().statusCode(201).body("imported", equalTo(2))
                .extract().path("ids");
        assertEquals(2, agenciesNamedLike(tag));
        for (String id : ids) {
            EventProbe.onTestBroker().awaitEvent(RegistryEvents.AGENCY_TOPIC.name(), RegistryEvents.AGENCY_REGISTERED_V1.type(), id);
        }
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies/" + ids.get(0)).then().body("licenceIssuedOn", equalTo("2019-03-04"));
        // agencies cannot import
        given().auth().oauth2(Tokens.agency(UUID.fromString(ids.get(0)))).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports/agencies").then().statusCode(403);
    }

    @Test
    void unknownColumnsAndEmptyFilesAreBadRequests() {
        given().auth().oauth2(Tokens.association()).contentType("text/csv").body("机构名称,评级\nx,AAA\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports/agencies").then().statusCode(400).body("errors.field", hasItem("评级"));
        given().auth().oauth2(Tokens.association()).contentType("text/csv").body("机构名称\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports/agencies").then().statusCode(400);
        given().auth().oauth2(Tokens.association()).contentType(XLSX).body("not a workbook".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports/agencies").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void practitionersImportFromXlsxAllOrNothing() throws Exception {
        String first = Fixtures.idNumber();
        String second = Fixtures.idNumber();
        byte[] bad = workbook(List.of(List.of("姓名", "身份证号码", "联系电话"),
                List.of("导入一", first, "13800000000"),
                List.of("导入二", Fixtures.withWrongCheck(second), ""),
                List.of("导入三", first, "")));
        given().auth().oauth2(Tokens.association()).contentType(XLSX).body(bad)
                .when().post("/api/v1/imports/practitioners").then().statusCode(422)
                .body("rejectedRows.row", equalTo(List.of(3, 4)))
                .body("rejectedRows[1].errors[0].message", equalTo("same person as row 2"));
        long stored = QuarkusTransaction.requiringNew().call(() -> Practitioner.count("name like ?1", "导入%"));
        assertEquals(0, stored);

        byte[] good = workbook(List.of(List.of("姓名", "身份证号码"), List.of("导入一", first), List.of("导入二", second)));
        List<String> ids = given().auth().oauth2(Tokens.association()).contentType(XLSX).body(good)
                .when().post("/api/v1/imports/practitioners").then().statusCode(201).body("imported", equalTo(2))
                .extract().path("ids");
        EventProbe.onTestBroker().awaitEvent(RegistryEvents.PRACTITIONER_TOPIC.name(),
                RegistryEvents.PRACTITIONER_REGISTERED_V2.type(), ids.get(1));
        // importing the same people again is rejected row by row
        given().auth().oauth2(Tokens.association()).contentType(XLSX).body(good)
                .when().post("/api/v1/imports/practitioners").then().statusCode(422).body("rejectedRows", hasSize(2));
    }

    private static String creditCodeOf(String agencyId) {
        return given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies/" + agencyId).then().statusCode(200)
                .extract().path("creditCode");
    }

    private static long stored(String query, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> switch (query.substring(0, query.indexOf(':'))) {
            case "practitioner" -> Practitioner.count(query.substring(query.indexOf(':') + 1), params);
            case "credential" -> Credential.count(query.substring(query.indexOf(':') + 1), params);
            default -> Employment.count(query.substring(query.indexOf(':') + 1), params);
        });
    }

    @Test
    void practitionerRowsBreakingCredentialOrEmploymentRulesAreEachRejectedAndNothingIsStored() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String agencyA = Fixtures.agency("导入聘用甲" + tag + "公司");
        String agencyB = Fixtures.agency("导入聘用乙" + tag + "公司");
        String codeA = creditCodeOf(agencyA);
        String codeB = creditCodeOf(agencyB);
        String held = "HELD-" + tag;
        String holder = Fixtures.practitioner("已有证书" + tag, Fixtures.idNumber());
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .body(Map.of("credentialType", "SAFETY_ASSESSOR", "level", "SECOND", "number", held, "issuer", "人社部"))
                .when().post("/api/v1/practitioners/" + holder + "/credentials").then().statusCode(201);
        String person = Fixtures.idNumber();
        String csv = "姓名,身份证号码,证书类型,等级,职称名称,证书编号,发证机关,有效期至,统一社会信用代码,专兼职,聘用起始日期\n"
                // 2: good — an assessor full-time at A
                + "导甲" + tag + "," + person + ",安全评价师,三级,,C1-" + tag + ",人社部,2030-01-01," + codeA + ",专职,2025-01-01\n"
                // 3: good — the same person part-time at B as well
                + "导甲" + tag + "," + person + ",,,,,,," + codeB + ",兼职,2025-03-01\n"
                // 4: the same person full-time at B too (Art. 14.10), within the file
                + "导甲" + tag + "," + person + ",,,,,,," + codeB + ",专职,2026-01-01\n"
                // 5: a level that an assessor does not have
                + "导乙" + tag + "," + Fixtures.idNumber() + ",安全评价师,中级,,C5-" + tag + ",人社部,,,,\n"
                // 6: a number another practitioner holds
                + "导丙" + tag + "," + Fixtures.idNumber() + ",安全评价师,二级,," + held + ",人社部,,,,\n"
                // 7: an employer that is not registered, and no start day
                + "导丁" + tag + "," + Fixtures.idNumber() + ",,,,,,," + TestIdentifiers.creditCode() + ",专职,\n"
                // 8: an employment type that does not exist
                + "导戊" + tag + "," + Fixtures.idNumber() + ",,,,,,," + codeA + ",临时,2025-01-01\n"
                // 9: the credential of row 2 again
                + "导己" + tag + "," + Fixtures.idNumber() + ",安全评价师,三级,,C1-" + tag + ",人社部,,,,\n"
                // 10: a professional title without its name, and no issuer
                + "导庚" + tag + "," + Fixtures.idNumber() + ",专业技术职称,高级,,C10-" + tag + ",,,,,\n"
                // 11: the same 身份证 number as row 2 under another name
                + "导辛" + tag + "," + person + ",注册安全工程师,无,,R11-" + tag + ",应急管理部,,,,\n";
        given().auth().oauth2(Tokens.association()).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports/practitioners").then().statusCode(422).contentType("application/problem+json")
                .body("totalRows", equalTo(10))
                .body("rejectedRows.row", equalTo(List.of(4, 5, 6, 7, 8, 9, 10, 11)))
                .body("rejectedRows[0].errors.field", equalTo(List.of("employmentType")))
                .body("rejectedRows[0].errors[0].message", allOf(containsString("already full-time at 导入聘用甲" + tag),
                        containsString("(row 2)")))
                .body("rejectedRows[1].errors[0].message", equalTo("INTERMEDIATE is not a level of SAFETY_ASSESSOR"))
                .body("rejectedRows[2].errors[0].field", equalTo("number"))
                .body("rejectedRows[2].errors[0].message", containsString("already recorded for another practitioner"))
                .body("rejectedRows[3].errors.field", equalTo(List.of("creditCode", "employedFrom")))
                .body("rejectedRows[3].errors.message", hasItem("no agency with this 统一社会信用代码 is registered"))
                .body("rejectedRows[4].errors.field", equalTo(List.of("employmentType")))
                .body("rejectedRows[4].errors[0].message", containsString("专职"))
                .body("rejectedRows[5].errors[0].message", equalTo("same credential as row 2"))
                .body("rejectedRows[6].errors.field", equalTo(List.of("issuer", "titleName")))
                .body("rejectedRows[7].errors.field", equalTo(List.of("name")));
        assertEquals(0, stored("practitioner:name like ?1", "导%" + tag));
        assertEquals(1, stored("credential:number like ?1", "%-" + tag), "only the credential held before the import");
        assertEquals(0, stored("employment:agencyId in ?1", List.of(UUID.fromString(agencyA), UUID.fromString(agencyB))));
        long emitted = EventProbe.onTestBroker().readAll(RegistryEvents.PRACTITIONER_TOPIC.name(), Duration.ofMillis(500)).stream()
                .filter(e -> e.data().path("practitionerName").asText().matches("导.*" + tag)
                        || agencyB.equals(e.data().path("requestedAgencyId").asText()))
                .count();
        assertEquals(0, emitted, "a rejected file emits nothing, not even the refused full-time employment");
    }

    @Test
    void aGoodPractitionerFileStoresCredentialsAndEmploymentsWithTheirEvents() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String agencyA = Fixtures.agency("导入好聘甲" + tag + "公司");
        String agencyB = Fixtures.agency("导入好聘乙" + tag + "公司");
        String codeA = creditCodeOf(agencyA);
        String codeB = creditCodeOf(agencyB);
        String engineer = Fixtures.idNumber();
        String csv = "name,idNumber,phone,credentialType,level,number,issuer,validTo,creditCode,employmentType,employedFrom\r\n"
                + "好甲" + tag + "," + engineer + ",13800000001,REGISTERED_SAFETY_ENGINEER,NONE,E1-" + tag + ",应急管理部,2029-06-30,"
                + codeA + ",FULL_TIME,2024-05-01\r\n"
                + "好甲" + tag + "," + engineer + ",,安全评价师,二级,E2-" + tag + ",人社部,," + codeB + ",兼职,2024-05-01\r\n"
                + "好乙" + tag + "," + Fixtures.idNumber() + ",,,,,,," + codeA.toLowerCase() + ",PART_TIME,2025-01-02\r\n";
        List<String> ids = given().auth().oauth2(Tokens.association()).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports/practitioners").then().statusCode(201)
                .body("imported", equalTo(2)).body("credentials", equalTo(2)).body("employments", equalTo(3))
                .extract().path("ids");
        String first = ids.get(0);
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/practitioners/" + first).then().statusCode(200)
                .body("phone", equalTo("13800000001"))
                .body("credentials.number", equalTo(List.of("E1-" + tag, "E2-" + tag)))
                .body("credentials.level", equalTo(List.of("NONE", "SECOND")));
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies/" + agencyA + "/employments").then()
                .body("practitionerId", containsInAnyOrder(first, ids.get(1)))
                .body("find { it.practitionerId == '" + first + "' }.employmentType", equalTo("FULL_TIME"));

        String topic = RegistryEvents.PRACTITIONER_TOPIC.name();
        EventProbe.onTestBroker().awaitEvent(topic, RegistryEvents.PRACTITIONER_REGISTERED_V2.type(), ids.get(1));
        assertEquals(2, EventProbe.onTestBroker().awaitEvents(topic, e -> e.subject().equals(first)
                && e.type().equals(RegistryEvents.PRACTITIONER_CREDENTIAL_ADDED_V2.type()), 2, Duration.ofSeconds(30)).size());
        List<ReceivedEvent> started = EventProbe.onTestBroker().awaitEvents(topic, e -> e.subject().equals(first)
                && e.type().equals(RegistryEvents.PRACTITIONER_EMPLOYMENT_STARTED_V2.type()), 2, Duration.ofSeconds(30));
        assertEquals(List.of("FULL_TIME", "PART_TIME"),
                started.stream().map(e -> e.data().get("employmentType").asText()).sorted().toList());
        EventProbe.onTestBroker().awaitEvents(topic, e -> e.subject().equals(ids.get(1))
                && e.type().equals(RegistryEvents.PRACTITIONER_EMPLOYMENT_STARTED_V2.type()), 1, Duration.ofSeconds(30));

        // the imported full-time employment binds the single endpoint like any other
        String agencyC = Fixtures.agency("导入好聘丙" + tag + "公司");
        Fixtures.employ(Tokens.association(), agencyC, first, "FULL_TIME", Fixtures.today()).statusCode(409)
                // issue 14: the refusal names no other agency (the review queue shows supervisors who it is)
                .body("detail", containsString("full-time at another agency"));
    }

    @Test
    void theCsvTemplateHasTheChineseHeadersBehindAByteOrderMarkAndImportsOnceFilled() {
        byte[] template = given().auth().oauth2(Tokens.association()).get("/api/v1/imports/agencies/template")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", allOf(containsString("attachment"), containsString("agencies-template.csv")))
                .extract().asByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(template, 3));
        String header = new String(template, StandardCharsets.UTF_8).substring(1).strip();
        assertEquals(List.of("统一社会信用代码", "机构名称", "法定代表人", "注册地址"), List.of(header.split(",")).subList(0, 4));

        String practitionerHeader = given().auth().oauth2(Tokens.regulator()).get("/api/v1/imports/practitioners/template")
                .then().statusCode(200).extract().asString();
        for (String column : List.of("姓名", "身份证号码", "证书类型", "等级", "证书编号", "发证机关", "有效期至", "统一社会信用代码", "专兼职")) {
            assertTrue(practitionerHeader.contains(column), column);
        }

        String tag = UUID.randomUUID().toString().substring(0, 6);
        String[] cells = new String[header.split(",").length];
        Arrays.fill(cells, "");
        cells[0] = TestIdentifiers.creditCode();
        cells[1] = "模板" + tag + "公司";
        cells[2] = "王模";
        cells[3] = "临沂市兰山区";
        byte[] filled = (new String(template, StandardCharsets.UTF_8) + String.join(",", cells) + "\r\n").getBytes(StandardCharsets.UTF_8);
        given().auth().oauth2(Tokens.association()).contentType("text/csv").body(filled)
                .when().post("/api/v1/imports/agencies").then().statusCode(201).body("imported", equalTo(1));
        assertEquals(1, agenciesNamedLike(tag));

        given().auth().oauth2(Tokens.association()).get("/api/v1/imports/agencies/template?format=pdf").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("format"));
        given().auth().oauth2(Tokens.association()).get("/api/v1/imports/contracts/template").then().statusCode(404);
        given().auth().oauth2(Tokens.agency(UUID.randomUUID())).get("/api/v1/imports/agencies/template").then().statusCode(403);
    }

    @Test
    void theXlsxTemplateRoundTrips() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String agency = Fixtures.agency("模板聘用" + tag + "公司");
        byte[] template = given().auth().oauth2(Tokens.association()).get("/api/v1/imports/practitioners/template?format=xlsx")
                .then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("practitioners-template.xlsx"))
                .extract().asByteArray();
        Map<String, String> values = Map.of(
                "姓名", "模板人" + tag,
                "身份证号码", Fixtures.idNumber(),
                "证书类型", "专业技术职称",
                "等级", "高级",
                "职称名称", "高级工程师",
                "证书编号", "T-" + tag,
                "发证机关", "山东省人力资源和社会保障厅",
                "聘用机构统一社会信用代码", creditCodeOf(agency),
                "专兼职", "专职",
                "聘用起始日期", "2024-09-01");
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(0);
            Row row = sheet.createRow(1);
            int found = 0;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                String value = values.get(header.getCell(c).getStringCellValue());
                if (value != null) {
                    row.createCell(c).setCellValue(value);
                    found++;
                }
            }
            assertEquals(values.size(), found, "the template names every column the test fills");
            assertFalse(sheet.getDataValidations().isEmpty(), "drop-down lists for the coded columns");
            wb.write(out);
            filled = out.toByteArray();
        }
        String id = given().auth().oauth2(Tokens.association()).contentType(XLSX).body(filled)
                .when().post("/api/v1/imports/practitioners").then().statusCode(201)
                .body("imported", equalTo(1)).body("credentials", equalTo(1)).body("employments", equalTo(1))
                .extract().path("ids[0]");
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/practitioners/" + id).then()
                .body("credentials[0].credentialType", equalTo("PROFESSIONAL_TITLE"))
                .body("credentials[0].titleName", equalTo("高级工程师"));
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies/" + agency + "/employments").then()
                .body("practitionerId", equalTo(List.of(id))).body("[0].employedFrom", equalTo("2024-09-01"));
    }

    private static byte[] workbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("从业人员");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
