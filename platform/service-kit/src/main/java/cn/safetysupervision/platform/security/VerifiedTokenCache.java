package cn.safetysupervision.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;

/**
 * Remembers tokens that passed verification. Checking an RS256 signature and parsing the claims cost about a sixth
 * of a small request's CPU, and a calling system sends the same token with every request until it expires. A token
 * is taken from memory only if it is the identical string that was verified, and only until the earlier of its
 * {@code exp} and {@code security.jwt.verified-cache.ttl}; anything else is verified as before.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    private record Verified(JsonWebToken token, long usableUntilMillis) {
    }

    private final DefaultJWTParser verifier;
    private final long ttlMillis;
    private final int maxEntries;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache(DefaultJWTParser verifier,
                       @ConfigProperty(name = "security.jwt.verified-cache.ttl") Duration ttl,
                       @ConfigProperty(name = "security.jwt.verified-cache.max-entries") int maxEntries) {
        this.verifier = verifier;
        this.ttlMillis = ttl.toMillis();
        this.maxEntries = maxEntries;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = System.currentTimeMillis();
        Verified known = verified.get(token);
        if (known != null && now < known.usableUntilMillis()) {
            return known.token();
        }
        JsonWebToken jwt = verifier.parse(token);
        if (ttlMillis > 0 && maxEntries > 0) {
            remember(token, jwt, now);
        }
        return jwt;
    }

    private void remember(String token, JsonWebToken jwt, long now) {
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(entry -> entry.usableUntilMillis() <= now);
            if (verified.size() >= maxEntries) {
                verified.clear(); // many distinct live tokens at once: start over rather than grow without bound
            }
        }
        long until = now + ttlMillis;
        if (jwt.getExpirationTime() > 0) {
            until = Math.min(until, jwt.getExpirationTime() * 1000);
        }
        verified.put(token, new Verified(jwt, until));
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
