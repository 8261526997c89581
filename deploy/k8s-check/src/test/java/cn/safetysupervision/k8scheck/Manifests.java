package cn.safetysupervision.k8scheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The manifests under {@code deploy/k8s} as Kustomize would read them: a kustomization's resources (files, or
 * directories with their own kustomization), and its patches. There is no kustomize binary on the build machines,
 * so the checks read the sources rather than rendered output.
 */
final class Manifests {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Path ROOT = Path.of(System.getProperty("repository.root", "../.."));
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final Path BASE = K8S.resolve("base");
    static final List<Path> OVERLAYS = List.of(K8S.resolve("overlays/dev"), K8S.resolve("overlays/prod"),
            K8S.resolve("overlays/operators"));

    /** One YAML document and the file it came from. */
    record Doc(Path file, JsonNode node) {
        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }

        @Override
        public String toString() {
            return kind() + "/" + name() + " (" + ROOT.relativize(file) + ")";
        }
    }

    private Manifests() {
    }

    static JsonNode kustomization(Path dir) {
        return read(dir.resolve("kustomization.yaml")).get(0).node();
    }

    /** Every resource document a kustomization builds from, its bases' included (patches not applied). */
    static List<Doc> resources(Path dir) {
        List<Doc> docs = new ArrayList<>();
        for (JsonNode entry : kustomization(dir).path("resources")) {
            Path path = dir.resolve(entry.asText()).normalize();
            if (Files.isDirectory(path)) {
                docs.addAll(resources(path));
            } else {
                docs.addAll(read(path));
            }
        }
        return docs;
    }

    /** The documents of a kustomization's strategic-merge patches. */
    static List<Doc> patches(Path dir) {
        List<Doc> docs = new ArrayList<>();
        for (JsonNode patch : kustomization(dir).path("patches")) {
            docs.addAll(read(dir.resolve(patch.path("path").asText())));
        }
        return docs;
    }

    static List<Doc> read(Path file) {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            List<Doc> docs = new ArrayList<>();
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode node = it.next();
                if (node != null && !node.isMissingNode() && !node.isNull()) {
                    docs.add(new Doc(file, node));
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Services of the local stack ({@code deploy/local/services.conf}) that exist in this checkout. */
    static List<String> services() {
        try (Stream<String> lines = Files.lines(ROOT.resolve("deploy/local/services.conf"))) {
            return lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("\\s+")[0]).filter(name -> Files.isDirectory(ROOT.resolve(name))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode object(JsonNode node) {
        return (ObjectNode) node;
    }
}
