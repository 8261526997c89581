package cn.safetysupervision.k8scheck;

import cn.safetysupervision.k8scheck.Manifests.Doc;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every manifest parses into its Kubernetes or operator model with no field the model does not know (a typo such
 * as {@code readinesProbe} would otherwise be dropped silently by the API server's pruning, or refused at apply).
 */
class ManifestModelTest {

    /** Kinds with a Java model on Maven Central: Kubernetes' own (fabric8) and Strimzi's. */
    private static final Map<String, Class<?>> TYPED = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "kafka.strimzi.io/v1beta2/Kafka", Kafka.class,
            "kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class,
            "kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class);

    /**
     * CloudNativePG and the MongoDB Community operator publish no Java model on Maven Central: for their kinds the
     * spec's fields are checked against the lists of their API references (cloudnative-pg.io/documentation,
     * mongodb/mongodb-kubernetes-operator docs), required ones first.
     */
    private static final Map<String, List<Set<String>>> UNTYPED = Map.of(
            "postgresql.cnpg.io/v1/Cluster", List.of(Set.of("instances", "storage"), Set.of("instances", "imageName",
                    "storage", "walStorage", "managed", "postgresql", "bootstrap", "resources", "monitoring", "backup",
                    "affinity", "superuserSecret", "enableSuperuserAccess", "primaryUpdateStrategy", "description")),
            "postgresql.cnpg.io/v1/Database", List.of(Set.of("name", "owner", "cluster"), Set.of("name", "owner",
                    "cluster", "ensure", "encoding", "databaseReclaimPolicy")),
            "mongodbcommunity.mongodb.com/v1/MongoDBCommunity", List.of(Set.of("members", "type", "version",
                    "security", "users"), Set.of("members", "type", "version", "security", "users",
                    "additionalMongodConfig", "statefulSet", "featureCompatibilityVersion", "arbiters")));

    private static final Set<String> KUSTOMIZATION_FIELDS = Set.of("apiVersion", "kind", "namespace", "resources",
            "patches", "replicas", "images", "labels", "components");

    @Test
    void everyDocumentParsesIntoItsModelWithNoUnknownField() {
        List<String> problems = new ArrayList<>();
        for (Doc doc : allDocuments()) {
            String key = doc.node().path("apiVersion").asText() + "/" + doc.kind();
            if (TYPED.containsKey(key)) {
                try {
                    Object model = Manifests.YAML.treeToValue(doc.node(), TYPED.get(key));
                    unknownFields(model, doc.toString(), problems);
                } catch (Exception e) {
                    problems.add(doc + ": " + e.getMessage());
                }
            } else if (UNTYPED.containsKey(key)) {
                List<Set<String>> shape = UNTYPED.get(key);
                Set<String> fields = new HashSet<>();
                doc.node().path("spec").fieldNames().forEachRemaining(fields::add);
                shape.get(0).stream().filter(f -> !fields.contains(f)).forEach(f -> problems.add(doc + ": spec." + f + " is required"));
                fields.stream().filter(f -> !shape.get(1).contains(f)).forEach(f -> problems.add(doc + ": spec." + f + " is not a field of " + key));
            } else {
                problems.add(doc + ": no model for " + key);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyKustomizationListsExistingFilesAndNothingIsLeftOut() {
        List<String> problems = new ArrayList<>();
        for (Path dir : Stream.concat(Stream.of(Manifests.BASE), Manifests.OVERLAYS.stream()).toList()) {
            JsonNode k = Manifests.kustomization(dir);
            k.fieldNames().forEachRemaining(f -> {
                if (!KUSTOMIZATION_FIELDS.contains(f)) {
                    problems.add(dir + "/kustomization.yaml: unknown field " + f);
                }
            });
            Set<Path> listed = new HashSet<>();
            k.path("resources").forEach(r -> listed.add(dir.resolve(r.asText()).normalize()));
            k.path("patches").forEach(p -> listed.add(dir.resolve(p.path("path").asText()).normalize()));
            listed.stream().filter(p -> !Files.exists(p)).forEach(p -> problems.add(dir + ": lists missing " + p));
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.toString().endsWith(".yaml") && !f.getFileName().toString().equals("kustomization.yaml"))
                        .filter(f -> !listed.contains(f.normalize()))
                        .forEach(f -> problems.add(dir + ": " + f.getFileName() + " is not in the kustomization"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            // replicas and images name what the overlay's resources contain
            Set<String> deployments = Manifests.resources(dir).stream().filter(d -> d.kind().equals("Deployment"))
                    .map(Doc::name).collect(Collectors.toSet());
            Set<String> images = Manifests.resources(dir).stream().filter(d -> d.kind().equals("Deployment"))
                    .flatMap(d -> Stream.of(d.node().path("spec").path("template").path("spec").path("containers")))
                    .flatMap(cs -> java.util.stream.StreamSupport.stream(cs.spliterator(), false))
                    .map(c -> c.path("image").asText().replaceFirst(":[^:/]+$", "")).collect(Collectors.toSet());
            k.path("replicas").forEach(r -> {
                if (!deployments.contains(r.path("name").asText())) {
                    problems.add(dir + ": replicas for unknown deployment " + r.path("name").asText());
                }
            });
            k.path("images").forEach(i -> {
                if (!images.contains(i.path("name").asText())) {
                    problems.add(dir + ": image " + i.path("name").asText() + " is used by no container");
                }
            });
            // every patch targets a resource the overlay builds from
            for (Doc patch : Manifests.patches(dir)) {
                boolean found = Manifests.resources(dir).stream()
                        .anyMatch(d -> d.kind().equals(patch.kind()) && d.name().equals(patch.name()));
                if (!found) {
                    problems.add(dir + ": patch " + patch + " targets nothing");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyOverlaySetsTheImageOfEveryService() {
        for (Path overlay : List.of(Manifests.K8S.resolve("overlays/dev"), Manifests.K8S.resolve("overlays/prod"))) {
            Set<String> named = new HashSet<>();
            Manifests.kustomization(overlay).path("images").forEach(i -> named.add(i.path("name").asText()));
            for (String service : Manifests.services()) {
                assertTrue(named.contains("registry.example/" + service), overlay + " sets no image for " + service);
            }
        }
    }

    private static List<Doc> allDocuments() {
        List<Doc> docs = new ArrayList<>(Manifests.resources(Manifests.BASE));
        for (Path overlay : Manifests.OVERLAYS) {
            Manifests.resources(overlay).stream().filter(d -> !d.file().startsWith(Manifests.BASE)
                    && docs.stream().noneMatch(seen -> seen.file().equals(d.file()) && seen.name().equals(d.name())
                    && seen.kind().equals(d.kind()))).forEach(docs::add);
            docs.addAll(Manifests.patches(overlay));
        }
        assertTrue(docs.size() > 10, "manifests found: " + docs.size());
        return docs;
    }

    /** Walks a fabric8 or Strimzi model and reports every field that went into an additional-properties map. */
    private static void unknownFields(Object model, String path, List<String> problems) {
        if (model == null) {
            return;
        }
        if (model instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (model instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, problems));
            return;
        }
        String pkg = model.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8.kubernetes.api.model") && !pkg.startsWith("io.strimzi.api")) {
            return;
        }
        for (Method getter : model.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(model);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet());
                }
            } else if (!getter.getReturnType().isPrimitive() && !(value instanceof String) && !(value instanceof Number)
                    && !(value instanceof Boolean) && !(value instanceof Enum<?>)) {
                unknownFields(value, path + "." + getter.getName().substring(3), problems);
            }
        }
    }
}
