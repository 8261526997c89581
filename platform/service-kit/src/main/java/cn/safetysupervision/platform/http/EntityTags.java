package cn.safetysupervision.platform.http;

import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: a resource's version is its strong {@code ETag}; a change must send it back
 * in {@code If-Match}. Missing → 428, stale → 412, so lost updates cannot happen.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** The header value, quoted: {@code "3"}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** For {@code Response.ResponseBuilder.tag(...)}. */
    public static jakarta.ws.rs.core.EntityTag tag(long version) {
        return new jakarta.ws.rs.core.EntityTag(Long.toString(version));
    }

    /**
     * Checks {@code If-Match} against the current version; "*" matches any existing resource. The comparison is
     * strong (RFC 9110 §13.1.1): a weak tag {@code W/"7"} never matches, since it does not promise the same bytes.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "send If-Match with the ETag you read, so that concurrent changes are not lost");
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "the resource has changed (current ETag " + current + "); read it again and retry");
    }
}
