package cn.safetysupervision.registry.domain;

import cn.safetysupervision.registry.config.RegistryConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Keeps 身份证 numbers unreadable at rest: a keyed hash (HMAC-SHA256) finds the same person across agencies, and an
 * AES-GCM ciphertext lets a regulator see the number. Neither works without the configured keys.
 */
@ApplicationScoped
@Startup
public class IdentityProtection {

    private static final Logger LOG = Logger.getLogger(IdentityProtection.class);
    private static final String DEV_KEY_PREFIX = "ZGV2LW9ubHkt";
    private static final int IV_BYTES = 12;

    private final SecretKeySpec hmacKey;
    private final SecretKeySpec aesKey;
    private final SecureRandom random = new SecureRandom();

    IdentityProtection(RegistryConfig config) {
        byte[] hmac = Base64.getDecoder().decode(config.identity().hmacKey());
        byte[] aes = Base64.getDecoder().decode(config.identity().encryptionKey());
        if (hmac.length < 32) {
            throw new IllegalStateException("registry.identity.hmac-key must be at least 32 bytes");
        }
        if (aes.length != 16 && aes.length != 32) {
            throw new IllegalStateException("registry.identity.encryption-key must be 16 or 32 bytes");
        }
        if (config.identity().hmacKey().startsWith(DEV_KEY_PREFIX) || config.identity().encryptionKey().startsWith(DEV_KEY_PREFIX)) {
            LOG.warn("身份证 protection uses the built-in development keys: set REGISTRY_ID_HMAC_KEY and REGISTRY_ID_ENCRYPTION_KEY");
        }
        this.hmacKey = new SecretKeySpec(hmac, "HmacSHA256");
        this.aesKey = new SecretKeySpec(aes, "AES");
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

    /** Base64 of IV ‖ ciphertext ‖ tag. */
    public String encrypt(String idNumber) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(idNumber.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a 身份证 number: wrong registry.identity.encryption-key?", e);
        }
    }
}
