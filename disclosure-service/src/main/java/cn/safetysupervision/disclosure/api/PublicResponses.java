package cn.safetysupervision.disclosure.api;

import cn.safetysupervision.disclosure.config.DisclosureConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Every public response is rendered to bytes here, tagged with a strong {@code ETag} of those bytes and given a
 * {@code Cache-Control}; a matching {@code If-None-Match} answers 304 without a body. So a client or a cache in front
 * of the site revalidates cheaply, whatever the page.
 */
@ApplicationScoped
public class PublicResponses {

    private final ObjectMapper objectMapper;
    private final DisclosureConfig config;

    PublicResponses(ObjectMapper objectMapper, DisclosureConfig config) {
        this.objectMapper = objectMapper;
        this.config = config;
    }

    public Response json(Object entity, HttpHeaders headers) {
        try {
            return bytes(objectMapper.writeValueAsBytes(entity), "application/json", headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Response text(String body, String mediaType, HttpHeaders headers) {
        return bytes(body.getBytes(StandardCharsets.UTF_8), mediaType, headers);
    }

    public Response bytes(byte[] body, String mediaType, HttpHeaders headers) {
        String etag = "\"" + tag(body) + "\"";
        String cacheControl = "public, max-age=" + config.publicMaxAge().toSeconds();
        String ifNoneMatch = headers == null ? null : headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .anyMatch(t -> t.equals(etag) || t.equals("W/" + etag) || t.equals("*"))) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
        }
        return Response.ok(body, mediaType).header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header("Vary", "Accept-Encoding").build();
    }

    static String tag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
