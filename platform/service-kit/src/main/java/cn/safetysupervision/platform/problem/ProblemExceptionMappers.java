package cn.safetysupervision.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Turns every error into an RFC 9457 problem response. Bad input is a 4xx naming what is wrong; an unexpected
 * failure is a 500 carrying only a reference id (the stack trace goes to the log, never to the caller).
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.type(), e.getMessage(), path(uri), e.errors(), e.extensions());
    }

    @ServerExceptionMapper(priority = 1)
    public Response violations(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolations(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return ProblemResponses.of(ProblemType.VALIDATION, errors.size() + " field(s) are invalid", path(uri), errors,
                java.util.Map.of());
    }

    @ServerExceptionMapper(priority = 1)
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return fieldProblem(field, "unknown field", uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        // Never echo the value: it may be personal data (a phone number, an ID number) and problems are logged and shown.
        return fieldProblem(jsonPath(e), "invalid value for type " + e.getTargetType().getSimpleName(), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        String target = e.getTargetType() == null ? "the expected type" : e.getTargetType().getSimpleName();
        if (endedEarly(e)) {
            return ProblemResponses.of(ProblemType.MALFORMED_BODY, "request body is not valid JSON: it ends early", path(uri));
        }
        if (field.isEmpty()) {
            return ProblemResponses.of(ProblemType.MALFORMED_BODY, "request body does not match " + target, path(uri));
        }
        return fieldProblem(field, "wrong type, expected " + target, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        // Jackson's own message quotes the input; answer without it (personal data must not come back in a problem).
        String message = "invalid value";
        if (field.isEmpty() || endedEarly(e)) {
            return ProblemResponses.of(ProblemType.MALFORMED_BODY, "request body does not match the expected structure", path(uri));
        }
        return fieldProblem(field, message, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        // Jackson's message quotes the offending token, which may be personal data: give only where it is.
        var at = e.getLocation();
        return ProblemResponses.of(ProblemType.MALFORMED_BODY, "request body is not valid JSON"
                + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), path(uri));
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.MALFORMED_BODY, "request body is not valid JSON", path(uri));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.UNAUTHENTICATED, "a valid bearer token is required", path(uri));
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.UNAUTHENTICATED, "the bearer token is invalid or expired", path(uri));
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "your role may not do this", path(uri));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.CONFLICT,
                "the resource was changed by someone else meanwhile; read it again and retry", path(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        // The JSON body reader wraps Jackson's exceptions; answer them field by field like the unwrapped ones.
        if (e.getCause() instanceof UnrecognizedPropertyException cause) {
            return unrecognizedProperty(cause, uri);
        }
        if (e.getCause() instanceof InvalidFormatException cause) {
            return invalidFormat(cause, uri);
        }
        if (e.getCause() instanceof MismatchedInputException cause) {
            return mismatchedInput(cause, uri);
        }
        if (e.getCause() instanceof JsonMappingException cause) {
            return jsonMapping(cause, uri);
        }
        if (e.getCause() instanceof JsonParseException cause) {
            return jsonParse(cause, uri);
        }
        if (e.getCause() instanceof JsonProcessingException cause) {
            return json(cause, uri);
        }
        if (status < 400) {
            return e.getResponse();
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "no such resource";
            case 405 -> "this resource does not support that method";
            case 415 -> "unsupported content type";
            case 406 -> "cannot produce the requested media type";
            case 400 -> "the request is not valid: " + e.getMessage();
            default -> e.getMessage();
        };
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), status, detail, null, List.of(), java.util.Map.of()));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof ProblemException problem) {
            return problem(problem, uri);
        }
        Response database = databaseRefusal(e, uri);
        if (database != null) {
            return database;
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, path(uri));
        return ProblemResponses.of(ProblemType.INTERNAL, "unexpected error; reference " + reference, path(uri));
    }

    /**
     * What PostgreSQL refused because of the request, not a fault: a constraint the database holds (a concurrent
     * request won the race a check-then-insert could not see) is a 409; bad data that reached it (class 22: NUL,
     * too long, out of range) a 400; a serialization failure or deadlock a 503 to retry. Null for anything else.
     */
    static Response databaseRefusal(Throwable failure, UriInfo uri) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                String constraint = t instanceof org.postgresql.util.PSQLException pg && pg.getServerErrorMessage() != null
                        ? pg.getServerErrorMessage().getConstraint() : null;
                if (state.equals("23505") || state.equals("23P01")) {
                    return ProblemResponses.of(ProblemType.CONFLICT, "this conflicts with an existing record"
                            + (constraint == null ? "" : " (" + constraint + ")") + "; read it again", path(uri));
                }
                if (state.startsWith("22")) {
                    return ProblemResponses.of(ProblemType.VALIDATION, "a value is not acceptable to the database"
                            + " (too long, out of range or containing a character that cannot be stored)", path(uri));
                }
                if (state.equals("40001") || state.equals("40P01")) {
                    Response busy = ProblemResponses.of(ProblemType.forStatus(503),
                            "a concurrent change got in the way; retry", path(uri));
                    return Response.fromResponse(busy).header("Retry-After", "1").build();
                }
                return null;
            }
        }
        return null;
    }

    private Response fieldProblem(String field, String message, UriInfo uri) {
        String name = field.isEmpty() ? "(body)" : field;
        return ProblemResponses.of(ProblemType.VALIDATION, name + ": " + message, path(uri),
                List.of(new Problem.FieldError(name, message)), java.util.Map.of());
    }

    /** Truncated JSON surfaces as a mapping error on the last field read; it is a malformed body. */
    private static boolean endedEarly(JsonMappingException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input");
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** {@code items[0].amount} from Jackson's reference chain. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The field inside the request body (or the query parameter name), without the Java method and parameter. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        boolean inParameter = false;
        String parameterName = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                inParameter = true;
                parameterName = node.getName();
                continue;
            }
            // An element of a list carries its index on the node that follows the list: items[0].amount
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        if (field.isEmpty()) {
            return inParameter && parameterName != null ? parameterName : violation.getPropertyPath().toString();
        }
        return field.toString();
    }
}
