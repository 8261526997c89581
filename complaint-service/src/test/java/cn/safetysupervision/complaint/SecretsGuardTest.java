package cn.safetysupervision.complaint;

import cn.safetysupervision.complaint.config.ComplaintConfig;
import cn.safetysupervision.complaint.domain.SecretsGuard;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SecretsGuardTest {

    @Inject
    ComplaintConfig config;

    @Test
    void theProdProfileRefusesTheCommittedKeysWhichTestsUse() {
        // The test profile runs with the committed keys: allowed here, refused under prod.
        assertDoesNotThrow(() -> SecretsGuard.check(List.of("test"), config));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SecretsGuard.check(List.of("prod"), config));
        assertTrue(refused.getMessage().contains("hmac-key"), refused.getMessage());
    }
}
