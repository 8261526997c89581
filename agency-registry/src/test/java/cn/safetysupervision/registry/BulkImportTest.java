package cn.safetysupervision.registry;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.registry.persistence.Agency;
import cn.safetysupervision.registry.persistence.Practitioner;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
                RegistryEvents.PRACTITIONER_REGISTERED_V1.type(), ids.get(1));
        // importing the same people again is rejected row by row
        given().auth().oauth2(Tokens.association()).contentType(XLSX).body(good)
                .when().post("/api/v1/imports/practitioners").then().statusCode(422).body("rejectedRows", hasSize(2));
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
