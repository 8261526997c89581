package cn.safetysupervision.platform.problem;

import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Builds {@code application/problem+json} responses. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, String path, List<Problem.FieldError> errors,
                              Map<String, Object> extensions) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail,
                instance(path), errors, extensions);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static URI instance(String path) {
        if (path == null) {
            return null;
        }
        try {
            return new URI(null, null, path, null);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    public static Response of(ProblemType type, String detail, String path) {
        return of(type, detail, path, List.of(), Map.of());
    }
}
