package cn.safetysupervision.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}).
 *
 * @param errors     field-level errors of a 400 (JSON pointer-like path and message)
 * @param extensions further members, e.g. the conflicting resource of a 409
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        URI instance,
        List<FieldError> errors,
        @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: where it is in the request and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    @JsonAnyGetter
    Map<String, Object> jsonExtensions() {
        return extensions == null ? Map.of() : extensions;
    }
}
