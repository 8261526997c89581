package cn.safetysupervision.k8scheck;

import cn.safetysupervision.k8scheck.Manifests.Doc;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every service's Deployment in the base must have to run safely on a shared cluster. */
class DeploymentPolicyTest {

    /** A Deployment that must run once says why in this annotation. */
    static final String SINGLETON_REASON = "safety-supervision/singleton-reason";
    private static final Pattern REQUIRED_ENV = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    private static Map<String, Deployment> deployments() {
        Map<String, Deployment> out = new java.util.TreeMap<>();
        for (Doc doc : Manifests.resources(Manifests.BASE)) {
            if (doc.kind().equals("Deployment")) {
                try {
                    out.put(doc.name(), Manifests.YAML.treeToValue(doc.node(), Deployment.class));
                } catch (Exception e) {
                    throw new AssertionError(doc + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    @Test
    void everyServiceRunsNonRootOnAReadOnlyRootWithProbesResourcesAndADisruptionBudget() {
        Map<String, Deployment> deployments = deployments();
        Set<String> budgets = new HashSet<>();
        Manifests.resources(Manifests.BASE).stream().filter(d -> d.kind().equals("PodDisruptionBudget"))
                .forEach(d -> budgets.add(d.node().path("spec").path("selector").path("matchLabels")
                        .path("app.kubernetes.io/name").asText()));
        List<String> problems = new ArrayList<>();
        for (String service : Manifests.services()) {
            Deployment d = deployments.get(service);
            if (d == null) {
                problems.add(service + ": no Deployment in deploy/k8s/base");
                continue;
            }
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            Container c = pod.getContainers().get(0);
            var annotations = d.getMetadata().getAnnotations();
            if (d.getSpec().getReplicas() == null || d.getSpec().getReplicas() < 2) {
                if (annotations == null || !annotations.containsKey(SINGLETON_REASON)) {
                    problems.add(service + ": fewer than 2 replicas without a " + SINGLETON_REASON + " annotation");
                }
            }
            if (pod.getSecurityContext() == null || !Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot())) {
                problems.add(service + ": pod does not set runAsNonRoot");
            }
            var sc = c.getSecurityContext();
            if (sc == null || !Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())
                    || !Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())
                    || sc.getCapabilities() == null || !sc.getCapabilities().getDrop().contains("ALL")) {
                problems.add(service + ": container needs readOnlyRootFilesystem, no privilege escalation, drop ALL");
            }
            if (c.getVolumeMounts().stream().noneMatch(m -> m.getMountPath().equals("/tmp"))) {
                problems.add(service + ": no writable /tmp on a read-only root");
            }
            if (c.getReadinessProbe() == null || !"/q/health/ready".equals(c.getReadinessProbe().getHttpGet().getPath())) {
                problems.add(service + ": readiness probe must be /q/health/ready");
            }
            if (c.getLivenessProbe() == null || !"/q/health/live".equals(c.getLivenessProbe().getHttpGet().getPath())) {
                problems.add(service + ": liveness probe must be /q/health/live");
            }
            var resources = c.getResources();
            if (resources == null || !resources.getRequests().containsKey("cpu") || !resources.getRequests().containsKey("memory")
                    || !resources.getLimits().containsKey("memory")) {
                problems.add(service + ": needs cpu and memory requests and a memory limit");
            }
            if (!budgets.contains(service)) {
                problems.add(service + ": no PodDisruptionBudget");
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Every environment variable a service's configuration requires in production — {@code ${NAME}} without a
     * default, in any profile but dev and test — is set on its Deployment, from a value, a Secret or a ConfigMap.
     */
    @Test
    void everyVariableTheProdProfileRequiresIsSet() throws IOException {
        Map<String, Deployment> deployments = deployments();
        Map<String, Set<String>> configMapKeys = new java.util.HashMap<>();
        for (Doc doc : Manifests.resources(Manifests.BASE)) {
            if (doc.kind().equals("ConfigMap")) {
                Set<String> keys = new HashSet<>();
                doc.node().path("data").fieldNames().forEachRemaining(keys::add);
                configMapKeys.put(doc.name(), keys);
            }
        }
        List<String> problems = new ArrayList<>();
        for (String service : Manifests.services()) {
            Deployment d = deployments.get(service);
            if (d == null) {
                continue;   // reported by the test above
            }
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            Set<String> provided = new HashSet<>();
            c.getEnv().stream().map(EnvVar::getName).forEach(provided::add);
            for (EnvFromSource from : c.getEnvFrom()) {
                if (from.getConfigMapRef() != null) {
                    provided.addAll(configMapKeys.getOrDefault(from.getConfigMapRef().getName(), Set.of()));
                }
            }
            for (String required : requiredInProd(Manifests.ROOT.resolve(service))) {
                if (!provided.contains(required)) {
                    problems.add(service + ": " + required + " is required in prod but not set on the Deployment");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Set<String> requiredInProd(Path module) throws IOException {
        Set<String> required = new java.util.TreeSet<>();
        List<Path> files = new ArrayList<>(List.of(module.resolve("src/main/resources/application.properties")));
        files.add(Manifests.ROOT.resolve("platform/service-kit/src/main/resources/META-INF/microprofile-config.properties"));
        for (Path file : files) {
            if (!Files.exists(file)) {
                continue;
            }
            try (Stream<String> lines = Files.lines(file)) {
                lines.map(String::strip).filter(l -> !l.startsWith("#") && !l.startsWith("%dev.") && !l.startsWith("%test."))
                        .forEach(l -> {
                            Matcher m = REQUIRED_ENV.matcher(l);
                            while (m.find()) {
                                required.add(m.group(1));
                            }
                        });
            }
        }
        return required;
    }
}
