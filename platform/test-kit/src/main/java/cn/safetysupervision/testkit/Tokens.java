package cn.safetysupervision.testkit;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/** Bearer tokens signed with the development key, one per role, as the services expect them. */
public final class Tokens {

    public static final String ISSUER = "https://auth.safetysupervision.local";
    private static PrivateKey key;

    private Tokens() {
    }

    public static String regulator() {
        return token("regulator-officer", "regulator", null);
    }

    public static String association() {
        return token("association-officer", "association", null);
    }

    /** A token of the agency with this id (claim {@code agency_id}). */
    public static String agency(UUID agencyId) {
        return token("agency-" + agencyId, "agency", agencyId);
    }

    public static String token(String subject, String role, UUID agencyId) {
        return token(subject, role, agencyId, Duration.ofHours(1));
    }

    public static String token(String subject, String role, UUID agencyId, Duration lifetime) {
        var builder = Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .expiresIn(lifetime);
        if (agencyId != null) {
            builder.claim("agency_id", agencyId.toString());
        }
        return builder.jws().algorithm(SignatureAlgorithm.RS256).sign(privateKey());
    }

    /** An agency token whose {@code agency_id} claim is this raw value (null: no claim), e.g. not a UUID. */
    public static String agencyWithClaim(Object agencyIdClaim) {
        var builder = Jwt.issuer(ISSUER).subject("agency-odd").upn("agency-odd").groups(Set.of("agency"))
                .expiresIn(Duration.ofHours(1));
        if (agencyIdClaim != null) {
            builder.claim("agency_id", agencyIdClaim);
        }
        return builder.jws().algorithm(SignatureAlgorithm.RS256).sign(privateKey());
    }

    /** A regulator token signed with the trusted key that expired ten minutes ago. */
    public static String expiredRegulator() {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).subject("regulator-officer").upn("regulator-officer").groups(Set.of("regulator"))
                .issuedAt(now - 3600).expiresAt(now - 600)
                .jws().algorithm(SignatureAlgorithm.RS256).sign(privateKey());
    }

    /** A syntactically valid token signed by a key nobody trusts. */
    public static String forgedRegulator() {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER).subject("mallory").groups(Set.of("regulator")).expiresIn(Duration.ofHours(1))
                    .jws().algorithm(SignatureAlgorithm.RS256).sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized PrivateKey privateKey() {
        if (key == null) {
            try {
                key = KeyUtils.readPrivateKey("dev-jwt/private-key.pem");
            } catch (Exception e) {
                throw new IllegalStateException("cannot read dev-jwt/private-key.pem from the test kit", e);
            }
        }
        return key;
    }
}
