package cn.safetysupervision.complaint.domain;

import cn.safetysupervision.complaint.config.ComplaintConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Refuses to start in the prod profile with a secret committed to the repository (dev/test receipt HMAC key or
 * identity key): anyone with the repository could then test receipt codes or open identities. The committed values
 * are recognised by their SHA-256, so this class does not repeat them.
 */
@ApplicationScoped
public class SecretsGuard {

    /** SHA-256 (hex) of the Base64 texts committed in application.properties. */
    static final Set<String> COMMITTED = Set.of(
            "f075419e9d873c1912ac6e3e6b486ae3b2cb83cb47b56108fd5b864843080bd7", // complaint.receipt.hmac-key (dev, test)
            "88a7c0881ac3eead40e39e9c5c3c88ccc328e5b3a73ee2fd9041b90316dcd80e"); // complaint.identity.keys.k1 (dev, test)

    void onStart(@Observes StartupEvent start, ComplaintConfig config) {
        check(ConfigUtils.getProfiles(), config);
    }

    /** Throws when a prod profile is active and a committed secret is configured. */
    public static void check(List<String> profiles, ComplaintConfig config) {
        if (!profiles.contains("prod")) {
            return;
        }
        if (isCommitted(config.receipt().hmacKey())) {
            throw new IllegalStateException("complaint.receipt.hmac-key is the committed development key: "
                    + "set COMPLAINT_RECEIPT_HMAC_KEY to a secret of your own in production");
        }
        config.identity().keys().forEach((id, key) -> {
            if (isCommitted(key)) {
                throw new IllegalStateException("complaint.identity.keys." + id + " is the committed development key: "
                        + "set COMPLAINT_IDENTITY_KEY to a secret of your own in production");
            }
        });
    }

    static boolean isCommitted(String base64) {
        return base64 != null && COMMITTED.contains(sha256(base64.trim()));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
