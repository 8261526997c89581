package cn.safetysupervision.platform.http;

import cn.safetysupervision.platform.json.StrictJsonCustomizer;
import cn.safetysupervision.platform.problem.Problem;
import cn.safetysupervision.platform.problem.ProblemResponses;
import cn.safetysupervision.platform.problem.ProblemType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses, before any resource runs, what no operation should act on:
 * <ul>
 *   <li>a control character (NUL, ESC, …; tab, line feed and carriage return aside) in the path or a query
 *       parameter, decoded: PostgreSQL refuses NUL with an error that surfaced as a 500;</li>
 *   <li>a query parameter that does not convert to the declared type ({@code ?size=abc}, an unknown enum
 *       constant): JAX-RS would answer 404 naming nothing ({@link QueryParameterTypes});</li>
 *   <li>a POST, PUT or PATCH whose content type is not what the operation consumes ({@code @Consumes}, otherwise
 *       JSON) and that carries a body: an action once acted on a {@code text/plain} request. A request without a
 *       body is not judged by its content type.</li>
 * </ul>
 */
public class RequestHygieneFilter {

    @ServerRequestFilter
    public Optional<Response> refuse(ContainerRequestContext request, ResourceInfo resource) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (StrictJsonCustomizer.hasControlCharacter(request.getUriInfo().getPath())) {
            return Optional.of(invalid("(path)", "control characters are not allowed", path));
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (StrictJsonCustomizer.hasControlCharacter(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(StrictJsonCustomizer::hasControlCharacter)) {
                return Optional.of(invalid(parameter.getKey(), "control characters are not allowed", path));
            }
        }
        Optional<QueryParameterTypes.Mismatch> mismatch = QueryParameterTypes.firstMismatch(
                resource == null ? null : resource.getResourceMethod(), query);
        if (mismatch.isPresent()) {
            return Optional.of(invalid(mismatch.get().parameter(), "expected " + mismatch.get().expected(), path));
        }
        String method = request.getMethod();
        if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            // Without a body there is nothing to read as anything; clients label empty POSTs arbitrarily.
            if (!hasBody(request)) {
                return Optional.empty();
            }
            MediaType sent = request.getMediaType();
            if (sent == null) {
                return Optional.of(unsupported("a request body needs a Content-Type", path));
            }
            List<MediaType> accepted = consumed(resource);
            if (accepted.stream().noneMatch(a -> a.isCompatible(sent))) {
                return Optional.of(unsupported("this operation consumes " + accepted + ", not " + sent, path));
            }
        }
        return Optional.empty();
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null || (length != null && !length.strip().equals("0"));
    }

    private static List<MediaType> consumed(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Consumes consumes = method == null ? null : method.getAnnotation(Consumes.class);
        if (consumes == null && resource.getResourceClass() != null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        if (consumes == null) {
            return List.of(MediaType.APPLICATION_JSON_TYPE);
        }
        return Arrays.stream(consumes.value()).flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> MediaType.valueOf(v.strip())).toList();
    }

    private static Response invalid(String field, String message, String path) {
        return ProblemResponses.of(ProblemType.VALIDATION, field + ": " + message, path,
                List.of(new Problem.FieldError(field, message)), Map.of());
    }

    private static Response unsupported(String detail, String path) {
        return ProblemResponses.of(ProblemType.forStatus(415), detail, path);
    }
}
