package cn.safetysupervision.k8scheck;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The image build file copies from each service's packaged {@code target/quarkus-app} (this module builds after
 * the services). There is no container engine on the build machines, so what is checked is that every path the
 * Containerfile copies exists for every service and that it starts the app the way Quarkus packages it.
 */
class ContainerfileTest {

    @Test
    void everyCopySourceExistsInEveryServicesPackagedApp() throws IOException {
        List<String> lines = Files.readAllLines(Manifests.K8S.resolve("Containerfile"));
        List<String> sources = lines.stream().filter(l -> l.startsWith("COPY "))
                .map(l -> l.split("\\s+")).map(parts -> parts[parts.length - 2]).toList();
        assertTrue(sources.size() >= 4, "COPY lines: " + sources);
        assertTrue(lines.stream().anyMatch(l -> l.contains("quarkus-run.jar")), "runs quarkus-run.jar");
        assertTrue(lines.stream().anyMatch(l -> l.matches("USER\\s+185\\s*")), "runs as the non-root user 185");
        List<String> problems = new ArrayList<>();
        for (String service : Manifests.services()) {
            for (String source : sources) {
                String path = source.replace("${SERVICE}", service);
                if (path.endsWith("*.jar")) {
                    Path dir = Manifests.ROOT.resolve(path.substring(0, path.length() - "*.jar".length()));
                    if (!Files.exists(dir.resolve("quarkus-run.jar"))) {
                        problems.add(service + ": no " + dir.resolve("quarkus-run.jar"));
                    }
                } else if (!Files.isDirectory(Manifests.ROOT.resolve(path))) {
                    problems.add(service + ": no " + path);
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
