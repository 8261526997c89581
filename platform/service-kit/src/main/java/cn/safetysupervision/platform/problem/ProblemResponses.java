package cn.safetysupervision.platform.problem;

import cn.safetysupervision.platform.privacy.Redaction;
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
        // A detail or field message may quote the input (a rejected value, a database message): mask personal data.
        List<Problem.FieldError> masked = errors.stream()
                .map(e -> new Problem.FieldError(e.field(), Redaction.redact(e.message()))).toList();
        Problem problem = new Problem(type.uri(), type.title(), type.status(), Redaction.redact(detail),
                instance(Redaction.redact(path)), masked, extensions);
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
