package cn.safetysupervision.platform.privacy;

import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldCipherTest {

    private static final String OLD = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static final String NEW = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));

    @Test
    void valuesCarryTheirKeyIdAndSurviveARotation() {
        FieldCipher before = new FieldCipher("k1", Map.of("k1", OLD), "k1");
        String stored = before.encrypt("371302199003070011");
        assertTrue(stored.startsWith("k1:"), stored);

        FieldCipher after = new FieldCipher("k2", Map.of("k1", OLD, "k2", NEW), "k1");
        assertEquals("371302199003070011", after.decrypt(stored), "an old value is read with its own key");
        assertTrue(after.needsReEncryption(stored));
        String again = after.encrypt(after.decrypt(stored));
        assertTrue(again.startsWith("k2:") && !after.needsReEncryption(again));

        FieldCipher retired = new FieldCipher("k2", Map.of("k2", NEW), "k1");
        assertThrows(IllegalStateException.class, () -> retired.decrypt(stored), "the retired key is gone");
        assertEquals("371302199003070011", retired.decrypt(again));
    }

    @Test
    void aValueWithoutAnIdIsReadWithTheUnlabelledKeyAndAnIdCannotBeSwapped() throws Exception {
        // the format before key ids: base64(IV ‖ ciphertext ‖ tag) under the only key, no associated data
        byte[] iv = new byte[12];
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(OLD), "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal("371302199003070011".getBytes(StandardCharsets.UTF_8));
        String legacy = Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
        FieldCipher ring = new FieldCipher("k2", Map.of("k1", OLD, "k2", NEW), "k1");
        assertEquals("371302199003070011", ring.decrypt(legacy));
        assertTrue(ring.needsReEncryption(legacy));

        String underK2 = ring.encrypt("371302199003070011");
        FieldCipher sameKeyTwoIds = new FieldCipher("k2", Map.of("k2", NEW, "k3", NEW), "k2");
        assertThrows(IllegalStateException.class, () -> sameKeyTwoIds.decrypt("k3" + underK2.substring(2)));
        assertFalse(underK2.contains("371302"));
    }
}
