package cn.safetysupervision.platform.privacy;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AES-GCM encryption of one stored field with a key ring, so that a key can be rotated: every value is written as
 * {@code <key id>:<base64 of IV ‖ ciphertext ‖ tag>} under the current key (the key id is also the GCM associated
 * data, so a value cannot be passed off under another id), and read with whichever key its id names. A value
 * without an id (written before ids existed) is read with the key named {@code unlabelledKeyId}.
 * Rotation: configure the new key as current under a new id, keep the old one among the previous keys until every
 * stored value has been re-encrypted ({@link #needsReEncryption}), then drop it.
 */
public final class FieldCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final String unlabelledKeyId;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param currentId       id of the key new values are written with
     * @param base64Keys      every key by id (the current one and those still needed to read older values), base64
     * @param unlabelledKeyId the key of values stored without an id
     */
    public FieldCipher(String currentId, Map<String, String> base64Keys, String unlabelledKeyId) {
        if (currentId == null || !currentId.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("a key id is 1 to 32 letters, digits, '_' or '-': " + currentId);
        }
        base64Keys.forEach((id, key) -> {
            byte[] bytes = Base64.getDecoder().decode(key);
            if (bytes.length != 16 && bytes.length != 32) {
                throw new IllegalArgumentException("AES key " + id + " must be 16 or 32 bytes");
            }
            keys.put(id, new SecretKeySpec(bytes, "AES"));
        });
        if (!keys.containsKey(currentId)) {
            throw new IllegalArgumentException("no key with the current id " + currentId);
        }
        this.currentId = currentId;
        this.unlabelledKeyId = unlabelledKeyId;
    }

    public String currentKeyId() {
        return currentId;
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(currentId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return currentId + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String decrypt(String stored) {
        int colon = stored.indexOf(':');
        String id = colon < 0 ? unlabelledKeyId : stored.substring(0, colon);
        SecretKeySpec key = id == null ? null : keys.get(id);
        if (key == null) {
            throw new IllegalStateException("no key with id " + id + " to decrypt a stored value: is it still configured?");
        }
        try {
            byte[] all = Base64.getDecoder().decode(colon < 0 ? stored : stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            if (colon >= 0) {
                cipher.updateAAD(id.getBytes(StandardCharsets.UTF_8));
            }
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt a stored value with key " + id, e);
        }
    }

    /** Whether a stored value is under another key than the current one (re-encrypt it while rotating). */
    public boolean needsReEncryption(String stored) {
        return !stored.startsWith(currentId + ":");
    }
}
