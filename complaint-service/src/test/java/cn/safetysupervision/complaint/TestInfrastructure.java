package cn.safetysupervision.complaint;

import cn.safetysupervision.testkit.KafkaBrokerResource;
import cn.safetysupervision.testkit.PostgresDatabaseResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Real infrastructure for every test of this module: a fresh PostgreSQL database and a Kafka broker. */
@QuarkusTestResource(PostgresDatabaseResource.class)
@QuarkusTestResource(KafkaBrokerResource.class)
public final class TestInfrastructure {
}
