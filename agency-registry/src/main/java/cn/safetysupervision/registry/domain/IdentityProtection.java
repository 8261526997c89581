package cn.safetysupervision.registry.domain;

import cn.safetysupervision.platform.privacy.FieldCipher;
import cn.safetysupervision.registry.config.RegistryConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps 身份证 numbers unreadable at rest: a keyed hash (HMAC-SHA256) finds the same person across agencies, and an
 * AES-GCM ciphertext (service-kit FieldCipher, labelled with its key id so the key can be rotated) lets a regulator
 * see the number. Neither works without the configured keys.
 */
@ApplicationScoped
@Startup
public class IdentityProtection {

    private static final Logger LOG = Logger.getLogger(IdentityProtection.class);
    private static final String DEV_KEY_PREFIX = "ZGV2LW9ubHkt";

    private final SecretKeySpec hmacKey;
    private final FieldCipher cipher;

    IdentityProtection(RegistryConfig config) {
        byte[] hmac = Base64.getDecoder().decode(config.identity().hmacKey());
        if (hmac.length < 32) {
            throw new IllegalStateException("registry.identity.hmac-key must be at least 32 bytes");
        }
        if (config.identity().hmacKey().startsWith(DEV_KEY_PREFIX) || config.identity().encryptionKey().startsWith(DEV_KEY_PREFIX)) {
            LOG.warn("身份证 protection uses the built-in development keys: set REGISTRY_ID_HMAC_KEY and REGISTRY_ID_ENCRYPTION_KEY");
        }
        this.hmacKey = new SecretKeySpec(hmac, "HmacSHA256");
        Map<String, String> keys = new LinkedHashMap<>(config.identity().previousEncryptionKeys());
        keys.put(config.identity().encryptionKeyId(), config.identity().encryptionKey());
        try {
            this.cipher = new FieldCipher(config.identity().encryptionKeyId(), keys, config.identity().unlabelledEncryptionKeyId());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("registry.identity: " + e.getMessage(), e);
        }
    }

    public String hash(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hmacKey);
            return HexFormat.of().formatHex(mac.doFinal(idNumber.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code <key id>:<base64 of IV ‖ ciphertext ‖ tag>} under the current key. */
    public String encrypt(String idNumber) {
        return cipher.encrypt(idNumber);
    }

    public String decrypt(String stored) {
        return cipher.decrypt(stored);
    }
}
