package cn.safetysupervision.disclosure.persistence;

import cn.safetysupervision.disclosure.config.DisclosureConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Reads an archived evidence file from contract-service ({@code GET /api/v1/contracts/{c}/evidence/{e}/content}) with
 * this service's own bearer token (role {@code evidence-reader}), never an agency's.
 */
@ApplicationScoped
public class ContractEvidenceClient {

    private final DisclosureConfig config;
    private final HttpClient http;

    ContractEvidenceClient(DisclosureConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.images().fetchTimeout()).build();
    }

    public record Fetched(byte[] bytes) {
    }

    /** contract-service could not be asked or did not hand the file over: try again later. */
    public static final class UnavailableException extends Exception {
        UnavailableException(String message) {
            super(message);
        }
    }

    public boolean configured() {
        return config.images().serviceToken().filter(t -> !t.isBlank()).isPresent();
    }

    public Fetched fetch(String contractId, String evidenceId) throws UnavailableException {
        String token = config.images().serviceToken().orElseThrow(() -> new UnavailableException("no service token configured"));
        URI uri = URI.create(config.images().contractServiceUrl().replaceAll("/+$", "")
                + "/api/v1/contracts/" + contractId + "/evidence/" + evidenceId + "/content");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.images().fetchTimeout())
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new UnavailableException("contract-service answered " + response.statusCode());
            }
            return new Fetched(response.body());
        } catch (IOException e) {
            throw new UnavailableException("contract-service unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted");
        }
    }
}
