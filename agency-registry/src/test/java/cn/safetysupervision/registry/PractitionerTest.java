package cn.safetysupervision.registry;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.registry.domain.IdNumber;
import cn.safetysupervision.registry.persistence.Employment;
import cn.safetysupervision.registry.persistence.Practitioner;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PractitionerTest {

    private static final String P = RegistryEvents.PRACTITIONER_TOPIC.name();

    private static long practitionersNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Practitioner.count("name", name));
    }

    @Test
    void idNumbersAreCheckedWithTheGb11643CheckCharacter() {
        String good = Fixtures.idNumber();
        assertTrue(IdNumber.problem(good).isEmpty());
        assertTrue(IdNumber.problem("11010519491231002X").isEmpty());
        assertEquals("check character is wrong (GB 11643)", IdNumber.problem("110105194912310021").orElseThrow());
        assertEquals("birth date is not a date", IdNumber.problem("110105194913310028").orElseThrow());
        assertEquals("must be 18 characters", IdNumber.problem("11010519491231002").orElseThrow());

        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .body(Map.of("name", "错号码", "idNumber", Fixtures.withWrongCheck(good)))
                .when().post("/api/v1/practitioners").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("idNumber")).body("errors.message", hasItem(containsString("GB 11643")));
        assertEquals(0, practitionersNamed("错号码"));
    }

    @Test
    void theIdNumberIsProtectedMaskedAndNeverPublishedNorItsHash() {
        String id = Fixtures.idNumber();
        String pid = Fixtures.practitioner("赵敏", id);
        String masked = id.substring(0, 4) + "**********" + id.substring(14);
        given().auth().oauth2(Tokens.association()).get("/api/v1/practitioners/" + pid).then().statusCode(200)
                .body("idNumber", equalTo(masked));
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/practitioners/" + pid).then().statusCode(200)
                .body("idNumber", equalTo(id));
        Practitioner stored = QuarkusTransaction.requiringNew().call(() -> Practitioner.findById(UUID.fromString(pid)));
        assertFalse(stored.idNumberEncrypted.contains(id.substring(6, 14)), "ciphertext must not contain the number");
        assertEquals(64, stored.idNumberHash.length());

        ReceivedEvent registered = EventProbe.onTestBroker().awaitEvent(P, RegistryEvents.PRACTITIONER_REGISTERED_V2.type(), pid);
        // a keyed hash of a number whose 8 digits are shown is recoverable by guessing: it is not published either
        assertFalse(registered.data().has("idNumberHash"), "v2 carries no hash of the 身份证 number");
        assertFalse(registered.data().toString().contains(stored.idNumberHash), "the hash never leaves the registry");
        assertEquals(masked, registered.data().get("idNumberMasked").asText());
        assertFalse(registered.data().toString().contains(id), "the raw 身份证 number never leaves the registry");

        // the same person again is one practitioner; the regulator finds them by number
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body(Map.of("name", "赵敏", "idNumber", id))
                .when().post("/api/v1/practitioners").then().statusCode(409).body("existingPractitionerId", equalTo(pid));
        // issue 14: an agency learns no id from the same 409
        String someAgency = Fixtures.agency("查号机构有限公司");
        given().auth().oauth2(Tokens.agency(UUID.fromString(someAgency))).contentType(ContentType.JSON)
                .body(Map.of("name", "赵敏", "idNumber", id)).when().post("/api/v1/practitioners").then().statusCode(409)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("existingPractitionerId")))
                .body(org.hamcrest.Matchers.not(containsString(pid)));
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/practitioners?idNumber=" + id).then()
                .body("items.id", equalTo(List.of(pid)));
    }

    @Test
    void employmentDaysBeyondTheGraceAre422ForAnAgencyAndAcceptedWithAReasonForARegulator() {
        String agency = Fixtures.agency("补录聘用评价有限公司");
        String agencyToken = Tokens.agency(UUID.fromString(agency));
        String pid = Fixtures.practitioner("孙补录", Fixtures.idNumber());
        String employments = "/api/v1/agencies/" + agency + "/employments";
        LocalDate old = Fixtures.today().minusDays(40);
        Fixtures.employ(agencyToken, agency, pid, "FULL_TIME", old).statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("employedFrom"));
        Fixtures.employ(agencyToken, agency, pid, "FULL_TIME", Fixtures.today().plusDays(1)).statusCode(422);
        given().auth().oauth2(agencyToken).contentType(ContentType.JSON).body(Map.of("practitionerId", pid,
                        "employmentType", "FULL_TIME", "employedFrom", old.toString(), "backdatingReason", "补录"))
                .post(employments).then().statusCode(422); // a reason does not make an old day the agency's to type
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON).body(Map.of("practitionerId", pid,
                        "employmentType", "FULL_TIME", "employedFrom", old.toString()))
                .post(employments).then().statusCode(422);
        String employment = given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON)
                .body(Map.of("practitionerId", pid, "employmentType", "FULL_TIME", "employedFrom", old.toString(),
                        "backdatingReason", "劳动合同原件核对"))
                .post(employments).then().statusCode(201).body("employedFrom", equalTo(old.toString()))
                .extract().path("id");
        String end = employments + "/" + employment + "/end";
        given().auth().oauth2(agencyToken).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("endedOn", Fixtures.today().minusDays(35).toString())).post(end).then().statusCode(422)
                .body("errors.field", hasItem("endedOn"));
        given().auth().oauth2(agencyToken).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("endedOn", Fixtures.today().plusDays(3).toString())).post(end).then().statusCode(422);
        given().auth().oauth2(Tokens.regulator()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("endedOn", Fixtures.today().minusDays(35).toString(), "backdatingReason", "社保缴纳记录"))
                .post(end).then().statusCode(200).body("employedTo", equalTo(Fixtures.today().minusDays(35).toString()));
    }

    @Test
    void aSupervisorsDecisionOnARefusedHireEndsTheWrongEmploymentThroughTheEmploymentEvents() {
        String first = Fixtures.agency("未离职甲评价有限公司");
        String second = Fixtures.agency("新聘乙评价有限公司");
        String pid = Fixtures.practitioner("吴迟离", Fixtures.idNumber());
        Fixtures.employ(Tokens.agency(UUID.fromString(first)), first, pid, "FULL_TIME", Fixtures.today().minusDays(20)).statusCode(201);
        Fixtures.employ(Tokens.agency(UUID.fromString(second)), second, pid, "FULL_TIME", Fixtures.today()).statusCode(409);
        ReceivedEvent refused = EventProbe.onTestBroker().awaitEvent(P,
                RegistryEvents.PRACTITIONER_EMPLOYMENT_CONFLICT_REFUSED_V2.type(), pid);
        String employment = refused.data().get("conflictingEmploymentId").asText();
        String decision = "/api/v1/agencies/" + first + "/employments/" + employment + "/conflict-decision";
        String item = UUID.randomUUID().toString();
        Map<String, Object> ended = Map.of("outcome", "ENDED", "endedOn", Fixtures.today().minusDays(1).toString(),
                "reviewItemId", item, "reason", "原单位未及时办理离职");
        given().auth().oauth2(Tokens.agency(UUID.fromString(first))).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(ended).post(decision).then().statusCode(403);
        given().auth().oauth2(Tokens.regulator()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("outcome", "ENDED", "reason", "x")).post(decision).then().statusCode(400);
        given().auth().oauth2(Tokens.regulator()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(ended).post(decision).then().statusCode(200)
                .body("employedTo", equalTo(Fixtures.today().minusDays(1).toString())).body("active", equalTo(false));
        ReceivedEvent decided = EventProbe.onTestBroker().awaitEvent(P,
                RegistryEvents.PRACTITIONER_EMPLOYMENT_CONFLICT_DECIDED_V1.type(), pid);
        assertEquals("ENDED", decided.data().get("outcome").asText());
        assertEquals(item, decided.data().get("reviewItemId").asText());
        assertEquals(employment, decided.data().get("employmentId").asText());
        assertEquals("原单位未及时办理离职", decided.data().get("reason").asText());
        EventProbe.onTestBroker().awaitEvent(P, RegistryEvents.PRACTITIONER_EMPLOYMENT_ENDED_V2.type(), pid);
        // the decision changed the register: the second agency's full-time hire now goes through
        Fixtures.employ(Tokens.agency(UUID.fromString(second)), second, pid, "FULL_TIME", Fixtures.today()).statusCode(201);
    }

    @Test
    void aSecondConcurrentFullTimeEmploymentIsRefusedWithoutNamingTheOtherAgency() {
        String first = Fixtures.agency("专职甲评价有限公司");
        String second = Fixtures.agency("专职乙评价有限公司");
        String id = Fixtures.idNumber();
        String pid = Fixtures.practitioner("钱进", id);
        Fixtures.employ(Tokens.agency(UUID.fromString(first)), first, pid, "FULL_TIME", Fixtures.today().minusDays(20)).statusCode(201);
        EventProbe.onTestBroker().awaitEvent(P, RegistryEvents.PRACTITIONER_EMPLOYMENT_STARTED_V2.type(), pid);

        Fixtures.employ(Tokens.agency(UUID.fromString(second)), second, pid, "FULL_TIME", Fixtures.today())
                .statusCode(409).contentType("application/problem+json")
                .body(org.hamcrest.Matchers.not(containsString(first)))
                .body(org.hamcrest.Matchers.not(containsString("专职甲评价有限公司")))
                .body("detail", containsString("review queue"));
        long atSecond = QuarkusTransaction.requiringNew().call(() -> Employment.count("agencyId", UUID.fromString(second)));
        assertEquals(0, atSecond);
        ReceivedEvent refused = EventProbe.onTestBroker().awaitEvent(P,
                RegistryEvents.PRACTITIONER_EMPLOYMENT_CONFLICT_REFUSED_V2.type(), pid);
        assertEquals(second, refused.data().get("requestedAgencyId").asText());
        assertEquals(first, refused.data().get("conflictingAgencyId").asText());

        // part-time elsewhere is allowed
        Fixtures.employ(Tokens.agency(UUID.fromString(second)), second, pid, "PART_TIME", Fixtures.today()).statusCode(201)
                .body("employmentType", equalTo("PART_TIME"));

        // after the first employment ends, full-time at the second agency is fine
        String third = Fixtures.agency("专职丙评价有限公司");
        String employment = given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies/" + first + "/employments")
                .then().statusCode(200).body("$", hasSize(1)).extract().path("[0].id");
        given().auth().oauth2(Tokens.agency(UUID.fromString(first))).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("endedOn", Fixtures.today().minusDays(1).toString()))
                .when().post("/api/v1/agencies/" + first + "/employments/" + employment + "/end").then().statusCode(200)
                .body("active", equalTo(false));
        EventProbe.onTestBroker().awaitEvent(P, RegistryEvents.PRACTITIONER_EMPLOYMENT_ENDED_V2.type(), pid);
        Fixtures.employ(Tokens.agency(UUID.fromString(third)), third, pid, "FULL_TIME", Fixtures.today()).statusCode(201);
    }

    @Test
    void anAgencySeesOnlyItsOwnPractitionersAndRosters() {
        String a = Fixtures.agency("可见性甲有限公司");
        String b = Fixtures.agency("可见性乙有限公司");
        String pid = Fixtures.practitioner("孙可", Fixtures.idNumber());
        Fixtures.employ(Tokens.agency(UUID.fromString(a)), a, pid, "FULL_TIME", Fixtures.today()).statusCode(201);
        given().auth().oauth2(Tokens.agency(UUID.fromString(a))).get("/api/v1/practitioners/" + pid).then().statusCode(200)
                .body("idNumber", containsString("**********"));
        given().auth().oauth2(Tokens.agency(UUID.fromString(b))).get("/api/v1/practitioners/" + pid).then().statusCode(404);
        given().auth().oauth2(Tokens.agency(UUID.fromString(b))).get("/api/v1/agencies/" + a + "/employments").then().statusCode(404);
        given().auth().oauth2(Tokens.agency(UUID.fromString(b))).contentType(ContentType.JSON)
                .body(Map.of("topicCategory", "STANDARDS", "topic", "x", "hours", 2, "trainedOn", Fixtures.today().toString(), "provider", "x"))
                .when().post("/api/v1/practitioners/" + pid + "/trainings").then().statusCode(404);
        given().auth().oauth2(Tokens.agency(UUID.fromString(b))).get("/api/v1/practitioners?name=孙可").then()
                .body("items", hasSize(0));
        // an agency cannot employ staff into another agency
        Fixtures.employ(Tokens.agency(UUID.fromString(b)), a, pid, "PART_TIME", Fixtures.today()).statusCode(404);
    }

    /** Issue 14: an agency reaches a person only through its own employment, and learns no id from any error. */
    @Test
    void anAgencyReachesAPersonOnlyByEmployingThemAndCannotChangeTheirIdentity() {
        String holder = Fixtures.agency("人员甲机构有限公司");
        String prober = Fixtures.agency("人员乙机构有限公司");
        String id = Fixtures.idNumber();
        String pid = Fixtures.practitioner("周全", id);
        String proberToken = Tokens.agency(UUID.fromString(prober));
        // by a guessed or leaked id: "no such practitioner", the same as for an unknown id
        String known = given().auth().oauth2(proberToken).contentType(ContentType.JSON)
                .body(Map.of("practitionerId", pid, "employmentType", "PART_TIME", "employedFrom", Fixtures.today().toString()))
                .when().post("/api/v1/agencies/" + prober + "/employments").then().statusCode(400).extract().asString();
        String unknown = given().auth().oauth2(proberToken).contentType(ContentType.JSON)
                .body(Map.of("practitionerId", UUID.randomUUID().toString(), "employmentType", "PART_TIME",
                        "employedFrom", Fixtures.today().toString()))
                .when().post("/api/v1/agencies/" + prober + "/employments").then().statusCode(400).extract().asString();
        assertFalse(known.contains(pid));
        assertEquals(known.replaceAll("\"instance\":\"[^\"]*\"", ""), unknown.replaceAll("\"instance\":\"[^\"]*\"", ""));
        // by 身份证 with the wrong name: a 409 that reveals nothing
        given().auth().oauth2(proberToken).contentType(ContentType.JSON)
                .body(Map.of("idNumber", id, "name", "周权", "employmentType", "PART_TIME", "employedFrom", Fixtures.today().toString()))
                .when().post("/api/v1/agencies/" + prober + "/employments").then().statusCode(409)
                .body(org.hamcrest.Matchers.not(containsString(pid))).body(org.hamcrest.Matchers.not(containsString("周全")));
        // before employing, the agency can neither read nor change the person
        given().auth().oauth2(proberToken).get("/api/v1/practitioners/" + pid).then().statusCode(404);
        // by 身份证 and name it links to the one record
        Fixtures.employ(Tokens.agency(UUID.fromString(holder)), holder, pid, "PART_TIME", Fixtures.today()).statusCode(201)
                .body("practitionerId", equalTo(pid));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() ->
                cn.safetysupervision.registry.persistence.Practitioner.count("idNumberHash",
                        cn.safetysupervision.registry.persistence.Practitioner.<cn.safetysupervision.registry.persistence.Practitioner>findById(UUID.fromString(pid)).idNumberHash)));
        String holderToken = Tokens.agency(UUID.fromString(holder));
        String etag = given().auth().oauth2(holderToken).get("/api/v1/practitioners/" + pid).then().statusCode(200)
                .extract().header("ETag");
        // identity data is the authorities': the employer may change the phone, not the name
        given().auth().oauth2(holderToken).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("name", "周小全", "phone", "13800000000")).put("/api/v1/practitioners/" + pid).then().statusCode(403);
        given().auth().oauth2(holderToken).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("name", "周全", "phone", "13800000000")).put("/api/v1/practitioners/" + pid).then().statusCode(200);
        given().auth().oauth2(Tokens.association()).header("If-Match", given().auth().oauth2(Tokens.association())
                        .get("/api/v1/practitioners/" + pid).then().extract().header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("name", "周小全")).put("/api/v1/practitioners/" + pid).then().statusCode(200)
                .body("name", equalTo("周小全"));
    }

    /** Issue 14: a credential the employer adds is declared and counts only once an authority verifies it. */
    @Test
    void aCredentialAnAgencyAddsCountsOnlyOnceVerified() {
        String agency = Fixtures.agency("证书自报机构有限公司");
        String token = Tokens.agency(UUID.fromString(agency));
        String pid = Fixtures.practitioner("吴证", Fixtures.idNumber());
        Map<String, Object> credential = Map.of("credentialType", "SAFETY_ASSESSOR", "level", "THIRD",
                "number", "C" + UUID.randomUUID().toString().substring(0, 12), "issuer", "人力资源和社会保障部",
                "validTo", Fixtures.today().plusYears(2).toString());
        // not employed yet: the agency cannot add anything to the person
        given().auth().oauth2(token).contentType(ContentType.JSON).body(credential)
                .when().post("/api/v1/practitioners/" + pid + "/credentials").then().statusCode(404);
        Fixtures.employ(token, agency, pid, "FULL_TIME", Fixtures.today()).statusCode(201);
        String cid = given().auth().oauth2(token).contentType(ContentType.JSON).body(credential)
                .when().post("/api/v1/practitioners/" + pid + "/credentials").then().statusCode(201)
                .body("status", equalTo("PENDING_VERIFICATION")).extract().path("id");
        ReceivedEvent declared = EventProbe.onTestBroker().awaitEvent(P, RegistryEvents.PRACTITIONER_CREDENTIAL_DECLARED_V1.type(), pid);
        assertEquals(cid, declared.data().get("credentialId").asText());
        given().auth().oauth2(token).get("/api/v1/agencies/" + agency + "/staffing").then().statusCode(200)
                .body("safetyAssessors", equalTo(0));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/practitioners/" + pid + "/credentials/" + cid + "/verification").then().statusCode(403);
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body(Map.of("reason", "核对证书查询系统"))
                .post("/api/v1/practitioners/" + pid + "/credentials/" + cid + "/verification").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("decidedBy", org.hamcrest.Matchers.notNullValue());
        ReceivedEvent verified = EventProbe.onTestBroker().awaitEvent(P, RegistryEvents.PRACTITIONER_CREDENTIAL_VERIFIED_V1.type(), pid);
        assertEquals(cid, verified.data().get("credentialId").asText());
        given().auth().oauth2(token).get("/api/v1/agencies/" + agency + "/staffing").then().statusCode(200)
                .body("safetyAssessors", equalTo(1));
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/v1/practitioners/" + pid + "/credentials/" + cid + "/rejection").then().statusCode(409);
    }

    @Test
    void credentialsAndTrainingAreRecordedAndSearchable() {
        String pid = Fixtures.practitioner("周全", Fixtures.idNumber());
        String number = "S" + UUID.randomUUID().toString().substring(0, 10);
        Map<String, Object> credential = Map.of("credentialType", "SAFETY_ASSESSOR", "level", "SECOND", "number", number,
                "issuer", "人力资源和社会保障部", "validTo", Fixtures.today().plusYears(3).toString());
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body(credential)
                .when().post("/api/v1/practitioners/" + pid + "/credentials").then().statusCode(201).body("valid", equalTo(true));
        ReceivedEvent added = EventProbe.onTestBroker().awaitEvent(P, RegistryEvents.PRACTITIONER_CREDENTIAL_ADDED_V2.type(), pid);
        assertEquals(number, added.data().get("number").asText());
        // one number is one credential
        String other = Fixtures.practitioner("吴用", Fixtures.idNumber());
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body(credential)
                .when().post("/api/v1/practitioners/" + other + "/credentials").then().statusCode(409);
        // a level that the type does not have
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .body(Map.of("credentialType", "SAFETY_ASSESSOR", "level", "SENIOR", "number", "X1", "issuer", "x"))
                .when().post("/api/v1/practitioners/" + pid + "/credentials").then().statusCode(400).body("errors.field", hasItem("level"));
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/practitioners?credentialNumber=" + number).then()
                .body("items.id", equalTo(List.of(pid))).body("items[0].credentials[0].level", equalTo("SECOND"));

        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .body(Map.of("topicCategory", "ACCIDENT_CASES", "topic", "典型事故案例分析", "hours", 8,
                        "trainedOn", Fixtures.today().minusDays(3).toString(), "provider", "临沂市安全生产协会"))
                .when().post("/api/v1/practitioners/" + pid + "/trainings").then().statusCode(201);
        ReceivedEvent trained = EventProbe.onTestBroker().awaitEvent(P, RegistryEvents.PRACTITIONER_TRAINING_RECORDED_V2.type(), pid);
        assertEquals("ACCIDENT_CASES", trained.data().get("topicCategory").asText());
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .body(Map.of("topicCategory", "ACCIDENT_CASES", "topic", "未来", "hours", 0,
                        "trainedOn", Fixtures.today().plusDays(3).toString(), "provider", "x"))
                .when().post("/api/v1/practitioners/" + pid + "/trainings").then().statusCode(400);
        given().auth().oauth2(Tokens.association()).get("/api/v1/practitioners/" + pid + "/trainings").then()
                .body("$", hasSize(1)).body("[0].topic", equalTo("典型事故案例分析"));
    }

    @Test
    void theStaffingThresholdEventFiresOnTheWayDownAndUp() {
        // test profile: 2 full-time qualified staff for the first scope entry, +1 per further entry
        String agency = Fixtures.agency("人员配备评价有限公司");
        Fixtures.grant(agency, Fixtures.certificateNumber(), Fixtures.today().plusYears(2)).statusCode(201);
        ReceivedEvent below = EventProbe.onTestBroker().awaitEvent(RegistryEvents.AGENCY_TOPIC.name(),
                RegistryEvents.AGENCY_STAFFING_BELOW_THRESHOLD_V1.type(), agency);
        assertEquals(0, below.data().get("fullTimeQualifiedStaff").asInt());
        assertEquals(2, below.data().get("requiredFullTimeQualifiedStaff").asInt());

        String token = Tokens.agency(UUID.fromString(agency));
        for (String name : List.of("郑一", "郑二")) {
            String pid = Fixtures.practitioner(name, Fixtures.idNumber());
            Fixtures.credential(pid, "SAFETY_ASSESSOR", "THIRD", Fixtures.today().plusYears(2));
            Fixtures.employ(token, agency, pid, "FULL_TIME", Fixtures.today()).statusCode(201);
        }
        given().auth().oauth2(token).get("/api/v1/agencies/" + agency + "/staffing").then().statusCode(200)
                .body("safetyAssessors", equalTo(2)).body("fullTimeQualifiedStaff", equalTo(2))
                .body("belowThreshold", equalTo(false));
        EventProbe.onTestBroker().awaitEvent(RegistryEvents.AGENCY_TOPIC.name(),
                RegistryEvents.AGENCY_STAFFING_RESTORED_V1.type(), agency);
        List<ReceivedEvent> belowEvents = EventProbe.onTestBroker().awaitEvents(RegistryEvents.AGENCY_TOPIC.name(),
                e -> e.type().equals(RegistryEvents.AGENCY_STAFFING_BELOW_THRESHOLD_V1.type()) && e.subject().equals(agency),
                1, Duration.ofSeconds(5));
        assertEquals(1, belowEvents.size(), "the transition is published once, not on every recount");
    }

    @Test
    void credentialExpiryIsWarnedAndPublishedOnce() {
        String pid = Fixtures.practitioner("陈期", Fixtures.idNumber());
        Fixtures.credential(pid, "REGISTERED_SAFETY_ENGINEER", "NONE", Fixtures.today().plusDays(10));
        Fixtures.credential(pid, "SAFETY_ASSESSOR", "THIRD", Fixtures.today().minusDays(1));
        Fixtures.credential(pid, "PROFESSIONAL_TITLE", "INTERMEDIATE", null);
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.regulator()).post("/api/v1/expiry-sweeps").then().statusCode(200);
        }
        List<ReceivedEvent> warnings = EventProbe.onTestBroker().awaitEvents(P, e -> e.subject().equals(pid)
                && e.type().equals(RegistryEvents.PRACTITIONER_CREDENTIAL_EXPIRING_V2.type()), 1, Duration.ofSeconds(30));
        assertEquals(1, warnings.size());
        assertEquals(30, warnings.get(0).data().get("leadTimeDays").asInt());
        assertEquals("REGISTERED_SAFETY_ENGINEER", warnings.get(0).data().get("credentialType").asText());
        List<ReceivedEvent> expired = EventProbe.onTestBroker().awaitEvents(P, e -> e.subject().equals(pid)
                && e.type().equals(RegistryEvents.PRACTITIONER_CREDENTIAL_EXPIRED_V2.type()), 1, Duration.ofSeconds(30));
        assertEquals(1, expired.size());
        assertEquals("SAFETY_ASSESSOR", expired.get(0).data().get("credentialType").asText());
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/practitioners/" + pid).then()
                .body("credentials.valid", equalTo(List.of(true, false, true)));
    }
}
