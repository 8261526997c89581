package cn.safetysupervision.complaint.domain;

import cn.safetysupervision.complaint.config.ComplaintConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Receipt codes: 16 decimal digits from {@link SecureRandom} (10^16 ≈ 2^53 codes), shown once, stored only as
 * HMAC-SHA-256 under a secret key. Why a keyed hash rather than a slow salted one: the code is the reporter's only
 * handle, so the lookup must find the case from the code alone — a per-record salt would mean trying every
 * case's salt on each attempt; a keyed hash is one indexed lookup. A stolen database alone does not let anyone
 * test codes offline (the key is not in it), which is what a slow hash would buy; online guessing is bounded by
 * {@link CodeThrottle}. The prod profile must set its own key ({@link SecretsGuard}).
 */
@ApplicationScoped
public class ReceiptCodes {

    public static final int DIGITS = 16;
    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    ReceiptCodes(ComplaintConfig config) {
        byte[] bytes = Base64.getDecoder().decode(config.receipt().hmacKey().trim());
        if (bytes.length < 32) {
            throw new IllegalStateException("complaint.receipt.hmac-key must be at least 32 bytes, Base64");
        }
        key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** A new code, 16 digits, leading zeros allowed. */
    public String newCode() {
        StringBuilder code = new StringBuilder(DIGITS);
        for (int i = 0; i < DIGITS; i++) {
            code.append((char) ('0' + random.nextInt(10)));
        }
        return code.toString();
    }

    /** Digits only (spaces and dashes the reporter typed are ignored); null when it cannot be a code. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[\\s-]", "");
        return digits.matches("[0-9]{" + DIGITS + "}") ? digits : null;
    }

    public byte[] hash(String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(code.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
