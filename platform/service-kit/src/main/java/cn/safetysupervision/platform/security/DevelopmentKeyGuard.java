package cn.safetysupervision.platform.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Refuses to start a service configured with a key that is committed to the repository, unless
 * {@code platform.development-keys.allowed} is true (dev and test profiles, {@code ./suite up}, the system tests).
 * Two kinds are recognised: the development JWT verification key (by the SHA-256 of its key material, wherever the
 * configured location points), and any configured value that is, raw or base64-decoded, marked {@code dev-only-}:
 * the convention every committed development secret follows (the registry's 身份证 HMAC and AES keys do).
 */
@ApplicationScoped
public class DevelopmentKeyGuard {

    /** Marks a committed development secret; a real key never starts with it. */
    public static final String DEV_MARKER = "dev-only-";

    /** SHA-256 of the base64 body of platform/test-kit's dev-jwt/public-key.pem (a test keeps this in step). */
    public static final Set<String> DEV_JWT_PUBLIC_KEYS = Set.of(
            "79dff2f36d9b10b5256e3567901ca72353bb648703040d484bda6f147601ae15");

    static final String ALLOWED = "platform.development-keys.allowed";

    void onStart(@Observes @Priority(1) StartupEvent event) {
        Config config = ConfigProvider.getConfig();
        if (config.getOptionalValue(ALLOWED, Boolean.class).orElse(false)) {
            return;
        }
        List<String> found = committedKeysIn(config);
        if (!found.isEmpty()) {
            throw new IllegalStateException("refusing to start with development keys committed to the repository: "
                    + String.join(", ", found) + ". Configure this deployment's own keys (see the root README, "
                    + "'Keys'); only dev, test and ./suite up may use them (" + ALLOWED + "=true).");
        }
    }

    static List<String> committedKeysIn(Config config) {
        Set<String> names = new TreeSet<>();
        config.getPropertyNames().forEach(names::add);
        return committedKeys(names, name -> {
            try {
                return config.getOptionalValue(name, String.class);
            } catch (RuntimeException unresolvable) {
                return Optional.empty();
            }
        }, DevelopmentKeyGuard::readKey);
    }

    /** The names of the properties that hold a committed development key. */
    static List<String> committedKeys(Iterable<String> names, Function<String, Optional<String>> value,
                                      Function<String, Optional<String>> readLocation) {
        List<String> found = new ArrayList<>();
        for (String name : names) {
            Optional<String> v = value.apply(name);
            if (v.isEmpty()) {
                continue;
            }
            if (isMarked(v.get())) {
                found.add(name);
            } else if (name.equals("mp.jwt.verify.publickey") && isDevJwtKey(v.get())) {
                found.add(name);
            } else if (name.equals("mp.jwt.verify.publickey.location")
                    && readLocation.apply(v.get()).filter(DevelopmentKeyGuard::isDevJwtKey).isPresent()) {
                found.add(name);
            }
        }
        return found;
    }

    static boolean isMarked(String value) {
        String v = value.trim();
        if (v.startsWith(DEV_MARKER)) {
            return true;
        }
        if (v.length() < 12 || v.length() > 4096) {
            return false;
        }
        try {
            return new String(Base64.getDecoder().decode(v), StandardCharsets.ISO_8859_1).startsWith(DEV_MARKER);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    static boolean isDevJwtKey(String pem) {
        return DEV_JWT_PUBLIC_KEYS.contains(fingerprint(pem));
    }

    /** SHA-256 (hex) of a PEM's base64 body, ignoring the armour lines and whitespace. */
    public static String fingerprint(String pem) {
        StringBuilder body = new StringBuilder();
        pem.lines().filter(l -> !l.startsWith("-----")).forEach(l -> body.append(l.strip()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.toString().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key location as SmallRye JWT reads it: a file, a {@code file:} URL or a classpath resource. */
    private static Optional<String> readKey(String location) {
        String path = location.startsWith("file:") ? location.substring(5) : location;
        try {
            Path file = Path.of(path);
            if (Files.isRegularFile(file)) {
                return Optional.of(Files.readString(file, StandardCharsets.US_ASCII));
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        String resource = location.startsWith("classpath:") ? location.substring(10) : location;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
