package cn.safetysupervision.disclosure;

import cn.safetysupervision.testkit.KafkaBrokerResource;
import cn.safetysupervision.testkit.MongoServerResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Real infrastructure for every test of this module: the Mongo wire server and a Kafka broker. */
@QuarkusTestResource(MongoServerResource.class)
@QuarkusTestResource(KafkaBrokerResource.class)
public final class TestInfrastructure {
}
