package cn.safetysupervision.platform.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevelopmentKeyGuardTest {

    private static String devPublicKey() throws IOException {
        try (InputStream in = DevelopmentKeyGuardTest.class.getClassLoader().getResourceAsStream("dev-jwt/public-key.pem")) {
            assertNotNull(in, "test-kit's dev-jwt/public-key.pem");
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void theGuardKnowsTheCommittedJwtKey() throws IOException {
        assertTrue(DevelopmentKeyGuard.isDevJwtKey(devPublicKey()), "DEV_JWT_PUBLIC_KEYS is stale: "
                + DevelopmentKeyGuard.fingerprint(devPublicKey()));
    }

    @Test
    void everyCommittedDevelopmentKeyIsFoundAndRealOnesAreNot() throws IOException {
        String pem = devPublicKey();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("mp.jwt.verify.publickey.location", "/etc/jwt/public-key.pem");
        // agency-registry's committed 身份证 keys, as its application.properties has them
        config.put("registry.identity.hmac-key", "ZGV2LW9ubHktaG1hYy1rZXktZG8tbm90LXVzZS1pbi1wcm9kdWN0aW9uIQ==");
        config.put("registry.identity.encryption-key", "ZGV2LW9ubHktYWVzLWtleS0zMi1ieXRlcy1sb25nISE=");
        config.put("some.secret", "dev-only-password");
        config.put("real.key", "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=");
        config.put("quarkus.http.port", "8081");
        List<String> found = DevelopmentKeyGuard.committedKeys(config.keySet(), n -> Optional.ofNullable(config.get(n)),
                location -> Optional.of(pem));
        assertEquals(List.of("mp.jwt.verify.publickey.location", "registry.identity.hmac-key",
                "registry.identity.encryption-key", "some.secret"), found);

        List<String> real = DevelopmentKeyGuard.committedKeys(List.of("mp.jwt.verify.publickey.location", "real.key"),
                n -> Optional.ofNullable(config.get(n)),
                location -> Optional.of("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnotthedevkey\n-----END PUBLIC KEY-----\n"));
        assertEquals(List.of(), real);
    }
}
