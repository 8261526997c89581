package cn.safetysupervision.complaint.domain;

import cn.safetysupervision.complaint.config.ComplaintConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * AES-256-GCM under a key id: what is sealed names the key, so keys can rotate (old ids stay configured to open old
 * records). The associated data (the case id) binds a ciphertext to its case: copied to another case it does not open.
 */
@ApplicationScoped
public class Sealer {

    /** A sealed value: key id, 12-byte nonce, ciphertext with the GCM tag. */
    public record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {
    }

    private static final int TAG_BITS = 128;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKeySpec> keys = new HashMap<>();
    private final String currentKeyId;

    Sealer(ComplaintConfig config) {
        config.identity().keys().forEach((id, base64) -> {
            byte[] key = Base64.getDecoder().decode(base64.trim());
            if (key.length != 32) {
                throw new IllegalStateException("complaint.identity.keys." + id + " must be 32 bytes (AES-256), Base64");
            }
            keys.put(id, new SecretKeySpec(key, "AES"));
        });
        currentKeyId = config.identity().currentKeyId();
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalStateException("complaint.identity.current-key-id names no configured key");
        }
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public byte[] newNonce() {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        return nonce;
    }

    public Sealed seal(byte[] plain, byte[] associatedData) {
        byte[] nonce = newNonce();
        try {
            return new Sealed(currentKeyId, nonce, cipher(Cipher.ENCRYPT_MODE, currentKeyId, nonce, associatedData).doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public byte[] open(Sealed sealed, byte[] associatedData) {
        try {
            return cipher(Cipher.DECRYPT_MODE, sealed.keyId(), sealed.nonce(), associatedData).doFinal(sealed.ciphertext());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed record does not open: wrong key or altered", e);
        }
    }

    /** A cipher for streaming (attachments). */
    public Cipher cipher(int mode, String keyId, byte[] nonce, byte[] associatedData) throws GeneralSecurityException {
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("no key configured for key id " + keyId);
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData);
        return cipher;
    }
}
