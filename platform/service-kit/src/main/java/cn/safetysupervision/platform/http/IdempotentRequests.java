package cn.safetysupervision.platform.http;

import cn.safetysupervision.platform.privacy.Redaction;
import cn.safetysupervision.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for creating POSTs. The key is claimed in the same transaction as the creation, so a
 * retry after a lost response replays the first answer instead of creating twice; a concurrent duplicate waits
 * on the key's row lock and then replays. Reusing a key for a different request is a 422.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    IdempotentRequests(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /**
     * Runs {@code create} once per (caller, key). Without a key it just runs it, in the caller's transaction if there
     * is one; with a key it joins the caller's transaction or begins one, since claiming the key, creating and
     * recording the answer must commit together.
     *
     * @param request the request body, hashed to detect a key reused for another request
     * @param create  makes the resource and answers (normally 201 with a Location and a JSON entity)
     */
    public Response execute(String caller, String key, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalidField(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String requestHash = sha256(toJson(request));
        return QuarkusTransaction.joiningExisting().call(() -> claimCreateAndRecord(caller, key, requestHash, create));
    }

    private Response claimCreateAndRecord(String caller, String key, String requestHash, Supplier<Response> create) {
        int claimed = entityManager.createNativeQuery("""
                        insert into idempotent_request (caller, idempotency_key, request_hash) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(caller, key, requestHash);
        }
        Response response = create.get();
        entityManager.createNativeQuery("""
                        update idempotent_request set response_status = ?3, response_body = ?4, location = ?5
                        where caller = ?1 and idempotency_key = ?2""")
                .setParameter(1, caller).setParameter(2, key)
                .setParameter(3, response.getStatus())
                // The stored answer outlives the request: personal data in it is masked (a replay shows it masked;
                // the full view is a GET of the Location away, for whoever may see it).
                .setParameter(4, response.hasEntity() ? Redaction.redact(toJson(response.getEntity())) : null)
                .setParameter(5, response.getLocation() == null ? null : response.getLocation().toString())
                .executeUpdate();
        return response;
    }

    private Response replay(String caller, String key, String requestHash) {
        List<?> rows = entityManager.createNativeQuery("""
                        select request_hash, response_status, response_body, location from idempotent_request
                        where caller = ?1 and idempotency_key = ?2""")
                .setParameter(1, caller).setParameter(2, key)
                .getResultList();
        Object[] row = (Object[]) rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw ProblemException.unprocessable("Idempotency-Key " + key + " was already used for a different request");
        }
        Response.ResponseBuilder builder = Response.status(((Number) row[1]).intValue()).header("Idempotent-Replayed", "true");
        if (row[2] != null) {
            builder.entity(row[2]).type(MediaType.APPLICATION_JSON);
        }
        if (row[3] != null) {
            builder.location(URI.create((String) row[3]));
        }
        return builder.build();
    }

    private String toJson(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
