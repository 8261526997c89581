package cn.safetysupervision.systemtests;

import cn.safetysupervision.testkit.PostgresDatabaseResource;
import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;
import io.restassured.http.ContentType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** What a system test stands up: a broker process, fresh databases, service processes; torn down in reverse. */
final class Suite implements AutoCloseable {

    final KafkaBrokerProcess kafka = new KafkaBrokerProcess(ServiceProcess.LOGS).start();
    private final List<String> databases = new ArrayList<>();
    private final List<ServiceProcess> services = new ArrayList<>();

    /** A service process on its own fresh database (not started yet). */
    ServiceProcess service(String name) {
        String database = "system_" + name.replace('-', '_') + "_" + UUID.randomUUID().toString().substring(0, 8);
        String url = PostgresDatabaseResource.createDatabase(database);
        databases.add(database);
        ServiceProcess service = new ServiceProcess(name, url, kafka.bootstrapServers());
        services.add(service);
        return service;
    }

    /** Another replica of a service, sharing its database; stopped with the suite. */
    ServiceProcess replicaOf(ServiceProcess service) {
        ServiceProcess replica = service.replica();
        services.add(replica);
        return replica;
    }

    /** Registers an agency through agency-registry's API and answers its id. */
    static String registerAgency(ServiceProcess registry, String name) {
        return given().baseUri(registry.baseUri()).auth().oauth2(Tokens.association())
                .contentType(ContentType.JSON)
                .body(Map.of("creditCode", TestIdentifiers.creditCode(), "name", name,
                        "legalRepresentative", "李明", "registeredAddress", "山东省临沂市河东区"))
                .when().post("/api/v1/agencies")
                .then().statusCode(201).extract().path("id");
    }

    @Override
    public void close() {
        // Scratch processes on scratch databases: killed, since a graceful stop takes several seconds each.
        services.forEach(ServiceProcess::kill);
        kafka.close();
        databases.forEach(PostgresDatabaseResource::dropDatabase);
    }
}
