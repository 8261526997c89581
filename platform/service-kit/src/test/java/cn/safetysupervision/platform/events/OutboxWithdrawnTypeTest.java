package cn.safetysupervision.platform.events;

import cn.safetysupervision.events.registry.RegistryEvents;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OutboxWithdrawnTypeTest {

    @Test
    void aWithdrawnTypeIsRefusedAndItsSuccessorIsNot() {
        assertThrows(IllegalArgumentException.class,
                () -> Outbox.refuseWithdrawn(RegistryEvents.PRACTITIONER_REGISTERED_V1));
        assertDoesNotThrow(() -> Outbox.refuseWithdrawn(RegistryEvents.PRACTITIONER_REGISTERED_V2));
    }
}
