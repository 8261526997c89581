package cn.safetysupervision.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** The operations of the running service's OpenAPI document, for the checks generated from it. */
final class OpenApiOperations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** One operation: {@code name} is {@code "POST /api/v1/x/{id}"}. */
    record Operation(String method, String template, JsonNode node) {
        String name() {
            return method + " " + template;
        }

        /** Declared public: no security requirement. */
        boolean isPublic() {
            return !node.has("security") || node.path("security").isEmpty();
        }

        /** The roles its security requirements list (empty: any authenticated caller). */
        Set<String> roles() {
            Set<String> roles = new HashSet<>();
            node.path("security").forEach(requirement -> requirement.fields()
                    .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
            return roles;
        }

        List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            Matcher m = PARAM.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        /**
         * The path with these values; any other parameter gets a value of its declared schema that names nothing
         * (the first of an enum, a random UUID, a number, a word), so that the call reaches the operation.
         */
        String path(Map<String, String> values) {
            Matcher m = PARAM.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = values.containsKey(m.group(1)) ? values.get(m.group(1)) : placeholder(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }

        private String placeholder(String parameter) {
            for (JsonNode p : node.path("parameters")) {
                if (p.path("in").asText().equals("path") && p.path("name").asText().equals(parameter)) {
                    JsonNode schema = p.path("schema");
                    if (!schema.path("enum").isEmpty()) {
                        return schema.path("enum").get(0).asText();
                    }
                    String pattern = schema.path("pattern").asText("").replaceAll("^\\^|\\$$", "");
                    if (pattern.matches("[A-Za-z0-9_-]+(\\|[A-Za-z0-9_-]+)*")) {
                        return pattern.split("\\|")[0];  // e.g. {kind: agencies|practitioners}
                    }
                    String type = schema.path("type").asText("string");
                    if (type.equals("integer") || type.equals("number")) {
                        return "2027";
                    }
                    if (!schema.path("format").asText("uuid").equals("uuid") || !schema.path("pattern").isMissingNode()) {
                        return "x";
                    }
                }
            }
            return UUID.randomUUID().toString();
        }

        /** The media type its request body is declared in (JSON when it declares none). */
        String bodyMediaType() {
            java.util.Iterator<String> types = node.path("requestBody").path("content").fieldNames();
            return types.hasNext() ? types.next() : "application/json";
        }
    }

    private OpenApiOperations() {
    }

    static JsonNode document() {
        try {
            return JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                    .extract().asString());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the service's OpenAPI document", e);
        }
    }

    /** Every operation outside {@code /q/} but the skipped ones. */
    static List<Operation> of(JsonNode document, Set<String> skipped) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/q/")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> op = methods.next();
                Operation operation = new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue());
                if (METHODS.contains(operation.method()) && !skipped.contains(operation.name())) {
                    operations.add(operation);
                }
            }
        }
        return operations;
    }
}
